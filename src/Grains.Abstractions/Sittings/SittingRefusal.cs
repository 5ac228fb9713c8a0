namespace Mooc.Grains.Abstractions.Sittings;

/// <summary>Why the schedule refused a change (the page words each one in Indonesian); nothing was stored.</summary>
public enum SittingRefusal
{
    None = 0,
    NameMissing = 1,
    NameTooLong = 2,
    NoParticipants = 3,
    TooManyParticipants = 4,
    ParticipantInvalid = 5,
    WindowInvalid = 6,
    WindowInPast = 7,
    WindowTooLong = 8,
    DurationOutOfRange = 9,
    WaveSizeInvalid = 10,
    IntervalOutOfRange = 11,
    NotFound = 12,
    AlreadyOpened = 13,
    AlreadyEnded = 14,
    AlreadyCancelled = 15,
    CloseNotLater = 16,
    ReasonMissing = 17,
    ReasonTooLong = 18,
    NoExam = 19,
}
