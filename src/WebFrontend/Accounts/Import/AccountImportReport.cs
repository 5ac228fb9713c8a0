namespace Mooc.WebFrontend.Accounts.Import;

/// <summary>The outcome of one import: a file-level error, or a result per line.</summary>
public sealed record AccountImportReport(string? FileError, IReadOnlyList<AccountImportRowResult> Rows)
{
    public int Created => Rows.Count(r => r.Status == AccountImportStatus.Created);

    public int Skipped => Rows.Count(r => r.Status == AccountImportStatus.Skipped);

    public int Errors => Rows.Count(r => r.Status == AccountImportStatus.Error);

    public bool HasProblems => FileError is not null || Errors > 0;

    public static AccountImportReport Failed(string error) => new(error, []);
}
