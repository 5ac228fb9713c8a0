using Mooc.Grains.Abstractions.Exams;

namespace Mooc.WebFrontend.Exams;

/// <summary>The result block of the exam page (manual E.3).</summary>
public sealed record ExamResultState(int Score, bool Passed, int PassingGrade, int AttemptsRemaining, bool SubmittedByServer, bool EndedByAdmin, bool EndedForIncidents)
{
    public static ExamResultState? From(ExamOutcome? outcome) => outcome is null
        ? null
        : new ExamResultState(outcome.Score, outcome.Passed, outcome.PassingGrade, outcome.AttemptsRemaining, outcome.SubmittedByServer, outcome.EndedByAdmin, outcome.EndedForIncidents);
}
