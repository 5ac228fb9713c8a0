namespace Mooc.LoadTests.Scenarios.UjianMassal.Setup;

/// <summary>What the set-up did before the load (written into the report).</summary>
public sealed record SetupResult(TimeSpan Took, AccountImportTotals? Imported, int Prepared, long Errors, string Summary);
