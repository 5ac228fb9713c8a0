using Mooc.IntegrationTests.Exams;

namespace Mooc.IntegrationTests.Observability;

/// <summary>
/// One stack for the observability tests, logging JSON lines. An attempt of a one-minute exam is started at once and
/// left alone, so the server's deadline submission happens while the other tests run.
/// </summary>
public sealed class ObservabilityFixture : IAsyncLifetime
{
    public const string Andi = "199001012015031001";
    public const string Siti = "199205172018012002";
    public const string Yohanes = "198811232012121003";
    public const string Training = "UJI-OBS";
    public const string ShortTraining = "UJI-OBS-WAKTU";

    public ExamStack Stack { get; private set; } = null!;

    public Guid LeftToTheDeadline { get; private set; }

    public async Task InitializeAsync()
    {
        Stack = await ExamStack.StartAsync(
            new Dictionary<string, string> { ["Logging__Console__FormatterName"] = "json" },
            (Training, ExamFixture.Exam()), (ShortTraining, ExamFixture.Exam(durationMinutes: 1)));
        LeftToTheDeadline = await ExamFixture.StartAsync(Stack.Grains, Siti, ShortTraining);
    }

    public async Task DisposeAsync() => await Stack.DisposeAsync();
}
