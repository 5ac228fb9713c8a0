namespace Mooc.Grains.Abstractions.Exams;

/// <summary>Which rule of an exam an edit broke (see <see cref="ExamRefusedException"/>), so a page can word it and place it next to its field.</summary>
public enum ExamRule
{
    CourseNotPublished = 1,
    Duration = 2,
    PassingGrade = 3,
    MaxAttempts = 4,
    QuestionsPerAttempt = 5,
    DuplicateQuestionId = 6,
    QuestionId = 7,
    QuestionText = 8,
    Options = 9,
    CorrectOption = 10,
    Stale = 11,
    IncidentLimit = 12,
}
