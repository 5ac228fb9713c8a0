namespace Mooc.WebFrontend.Accounts.Import;

public enum AccountImportStatus
{
    Created = 1,

    /// <summary>An account with that username exists already; it was left as it is.</summary>
    Skipped = 2,

    Error = 3,
}
