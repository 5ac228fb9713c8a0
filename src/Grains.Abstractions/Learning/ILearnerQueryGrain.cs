using Mooc.Grains.Abstractions.Exams;

namespace Mooc.Grains.Abstractions.Learning;

/// <summary>Reads a learner's projected lists and totals; a stateless worker.</summary>
public interface ILearnerQueryGrain : IGrainWithIntegerKey
{
    /// <summary>Every followed training, newest enrolment first.</summary>
    Task<IReadOnlyList<LearnerTrainingRow>> ListTrainingsAsync(string username);

    Task<LearnerTotals> GetTotalsAsync(string username);

    /// <summary>Every graded exam attempt, newest first.</summary>
    Task<IReadOnlyList<ExamHistoryEntry>> ListExamHistoryAsync(string username);
}
