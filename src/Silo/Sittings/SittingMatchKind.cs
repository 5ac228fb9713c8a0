namespace Mooc.Silo.Sittings;

/// <summary>How a training's schedule stands for one learner.</summary>
public enum SittingMatchKind
{
    /// <summary>No sitting (or only cancelled ones): the exam starts freely, as before sittings existed.</summary>
    NoSchedule = 0,
    Open = 1,
    NotYet = 2,
    Ended = 3,
    NotListed = 4,
}
