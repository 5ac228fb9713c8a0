namespace Mooc.Grains.Abstractions.Exams;

public enum AnswerAckStatus
{
    /// <summary>Stored: its event is committed.</summary>
    Saved = 1,

    /// <summary>The same sequence number was stored before; nothing new was stored.</summary>
    Duplicate = 2,

    /// <summary>A newer answer to that question is already stored; this older one was not.</summary>
    Superseded = 3,

    /// <summary>Refused: after the deadline or the submission, or invalid; nothing was stored.</summary>
    Refused = 4,

    /// <summary>Not stored: another tab or device took the attempt over; the page may take it back ("Lanjutkan di sini").</summary>
    Elsewhere = 5,
}
