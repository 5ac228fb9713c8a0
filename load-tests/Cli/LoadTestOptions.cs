namespace Mooc.LoadTests.Cli;

/// <summary>Validated command-line settings for one run.</summary>
public sealed record LoadTestOptions(
    string Scenario,
    Uri BaseUrl,
    int Users,
    TimeSpan Duration,
    LoadShape Shape,
    TimeSpan Ramp,
    TimeSpan ThinkTime,
    bool AllowRemote,
    string? ReportsDirectory,
    string? Captcha = null,
    string Course = "PLT-UMM-001",
    string? AccountsFile = null)
{
    /// <summary>ujian-massal: the exam-specific settings (set-up, behaviour shares, event-store check).</summary>
    public ExamRunOptions Exam { get; init; } = new();
}
