namespace Mooc.Grains.Abstractions.Replay;

/// <summary>What a timeline entry records; <see cref="Other"/> is any event this version does not describe yet (kept, never dropped).</summary>
public enum TimelineKind
{
    Other = 0,
    Started = 1,
    Navigated = 2,
    Answered = 3,
    AnswerChanged = 4,
    Submitted = 5,
    Graded = 6,
    CertificateIssued = 7,

    /// <summary>An admin's action on the running attempt (more time, ended now), with the admin and the reason.</summary>
    AdminAction = 8,

    /// <summary>A proctoring signal (leaving the tab, a second page, …) or the end at the incident limit.</summary>
    Proctoring = 9,
}
