using Orleans.Concurrency;

namespace Mooc.Grains.Abstractions.Monitoring;

/// <summary>A frontend watching boards: one per frontend, whatever the number of admins on it.</summary>
public interface IExamBoardObserver : IGrainObserver
{
    /// <summary>One-way: a board never waits for a frontend.</summary>
    [OneWay]
    Task OnBoardChangedAsync(ExamBoardChange change);
}
