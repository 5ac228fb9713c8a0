using Orleans.Concurrency;

namespace Mooc.Grains.Abstractions.Exams;

/// <summary>A frontend watching attempts; each frontend registers one, so a push reaches a browser whichever frontend it is on.</summary>
public interface IExamAttemptObserver : IGrainObserver
{
    /// <summary>One-way: the attempt never waits for a frontend.</summary>
    [OneWay]
    Task OnAttemptUpdatedAsync(ExamAttemptUpdate update);
}
