namespace Mooc.Grains.Abstractions.Exams;

/// <summary>
/// A final-exam attempt was graded (manual E.3): score 0–100 against the passing grade ("Nilai Kelulusan").
/// Appended to the attempt's stream; the exam history (manual G) is projected from these.
/// </summary>
public sealed record ExamGraded(
    Guid AttemptId,
    string Username,
    string CourseCode,
    int AttemptNumber,
    int Score,
    int PassingGrade,
    bool Passed,
    int AttemptsRemaining,
    DateTimeOffset SubmittedAt);
