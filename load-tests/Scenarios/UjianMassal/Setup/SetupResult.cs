namespace Mooc.LoadTests.Scenarios.UjianMassal.Setup;

/// <summary>What the set-up did before the load (written into the report).</summary>
public sealed record SetupResult(TimeSpan Took, AccountImportTotals? Imported, int Prepared, long Errors, string Summary)
{
    /// <summary>With --sign-in-early: every examinee's browser, still signed in, by username.</summary>
    public IReadOnlyDictionary<string, LearnerBrowser> SignedIn { get; init; } = new Dictionary<string, LearnerBrowser>();
}
