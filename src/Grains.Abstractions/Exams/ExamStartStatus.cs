namespace Mooc.Grains.Abstractions.Exams;

public enum ExamStartStatus
{
    Started = 1,

    /// <summary>An attempt is already open: the same one is returned, to resume.</summary>
    Resumed = 2,
    NotEnrolled = 3,
    NoExam = 4,
    MaterialsIncomplete = 5,
    NoAttemptsLeft = 6,
    AlreadyPassed = 7,

    /// <summary>The training has sittings and the learner's opens later (<see cref="ExamStartOutcome.Sitting"/> says when).</summary>
    SittingNotOpen = 8,

    /// <summary>Every sitting of the learner's has closed.</summary>
    SittingEnded = 9,

    /// <summary>The training has sittings and none includes the learner.</summary>
    NotInSitting = 10,

    /// <summary>In the sitting's window, waiting for the learner's wave (the waiting room).</summary>
    AwaitingAdmission = 11,
}
