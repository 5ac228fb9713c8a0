using Mooc.IntegrationTests.Exams;

namespace Mooc.IntegrationTests.Replay;

/// <summary>The product's processes with one training for the replay tests; each test takes its own learner.</summary>
public sealed class ReplayStack : IAsyncLifetime
{
    public const string Code = "UJI-REPLAY";

    public ExamStack Exams { get; private set; } = null!;

    public async Task InitializeAsync() => Exams = await ExamStack.StartAsync((Code, ExamFixture.Exam()));

    public async Task DisposeAsync() => await Exams.DisposeAsync();
}
