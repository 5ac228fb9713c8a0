namespace Mooc.LoadTests.Reporting;

/// <summary>The settings a run used, as written into its report.</summary>
/// <param name="Url">The first frontend (all of them are in <see cref="Urls"/>).</param>
public sealed record RunSettings(string Url, int Users, int DurationSeconds, string Shape, int RampSeconds, int ThinkMs, bool AllowRemote)
{
    /// <summary>Every frontend the users were spread over, in --url order.</summary>
    public IReadOnlyList<string> Urls { get; init; } = [];

    /// <summary>--label: the run's topology in words, e.g. "2 silos + 2 frontends" (compare uses it).</summary>
    public string? Label { get; init; }

    /// <summary>--resend-limit-seconds (ujian-massal).</summary>
    public int ResendLimitSeconds { get; init; }
}
