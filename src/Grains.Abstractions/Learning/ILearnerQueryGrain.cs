namespace Mooc.Grains.Abstractions.Learning;

/// <summary>Reads a learner's projected training lists; a stateless worker.</summary>
public interface ILearnerQueryGrain : IGrainWithIntegerKey
{
    Task<IReadOnlyList<LearnerTrainingRow>> ListTrainingsAsync(string username);
}
