using Mooc.LoadTests.Cli;
using Mooc.LoadTests.Measurement;

namespace Mooc.LoadTests.Scenarios;

/// <summary>What a scenario needs: settings, where to go, a shared HTTP client and where to record.</summary>
/// <param name="Urls">The first frontend's endpoints (the set-up and the admins use it).</param>
public sealed record ScenarioContext(LoadTestOptions Options, TargetUrls Urls, HttpClient Http, RunMetrics Metrics)
{
    /// <summary>ujian-massal with --sign-in-early: the examinees' browsers, signed in by the set-up, by username.</summary>
    public IReadOnlyDictionary<string, UjianMassal.LearnerBrowser> SignedInBrowsers { get; init; } = new Dictionary<string, UjianMassal.LearnerBrowser>();

    /// <summary>Every frontend's endpoints, in --url order; the examinees are spread over them.</summary>
    public IReadOnlyList<TargetUrls> Frontends
    {
        get => frontends ?? [Urls];
        init => frontends = value;
    }

    private readonly IReadOnlyList<TargetUrls>? frontends;

    /// <summary>Where user <paramref name="userIndex"/> starts, and where it moves when that frontend is gone.</summary>
    public FrontendRoute RouteFor(int userIndex) => new(Frontends, userIndex);
}
