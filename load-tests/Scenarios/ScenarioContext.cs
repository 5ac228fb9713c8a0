using Mooc.LoadTests.Cli;
using Mooc.LoadTests.Measurement;

namespace Mooc.LoadTests.Scenarios;

/// <summary>What a scenario needs: settings, where to go, a shared HTTP client and where to record.</summary>
public sealed record ScenarioContext(LoadTestOptions Options, TargetUrls Urls, HttpClient Http, RunMetrics Metrics)
{
    /// <summary>ujian-massal with --sign-in-early: the examinees' browsers, signed in by the set-up, by username.</summary>
    public IReadOnlyDictionary<string, UjianMassal.LearnerBrowser> SignedInBrowsers { get; init; } = new Dictionary<string, UjianMassal.LearnerBrowser>();
}
