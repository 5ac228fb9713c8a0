namespace Mooc.Grains.Abstractions.Exams;

public enum AttemptStatus
{
    NotStarted = 0,
    InProgress = 1,
    Submitted = 2,
}
