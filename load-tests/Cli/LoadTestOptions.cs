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

    /// <summary>Every frontend to spread the users over (round-robin, as a load balancer would); the first is <see cref="BaseUrl"/>.</summary>
    public IReadOnlyList<Uri> Urls
    {
        get => urls ?? [BaseUrl];
        init => urls = value;
    }

    /// <summary>--label: how the run names its topology (e.g. "2 silos + 2 frontends") in the report and in <c>compare</c>.</summary>
    public string? Label { get; init; }

    private readonly IReadOnlyList<Uri>? urls;
}
