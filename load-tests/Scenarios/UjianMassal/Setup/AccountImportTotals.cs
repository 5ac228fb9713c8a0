namespace Mooc.LoadTests.Scenarios.UjianMassal.Setup;

/// <summary>What the import pages answered, added up over the chunks.</summary>
public sealed record AccountImportTotals(int Created, int Skipped, int Errors)
{
    public AccountImportTotals Add(int created, int skipped, int errors) => new(Created + created, Skipped + skipped, Errors + errors);
}
