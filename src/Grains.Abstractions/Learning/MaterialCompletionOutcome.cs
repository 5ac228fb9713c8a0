namespace Mooc.Grains.Abstractions.Learning;

public enum MaterialCompletionOutcome
{
    Completed = 1,
    AlreadyCompleted = 2,
    NotEnrolled = 3,
    MaterialNotFound = 4,
}
