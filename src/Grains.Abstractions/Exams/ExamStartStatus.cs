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
}
