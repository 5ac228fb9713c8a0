namespace Mooc.WebFrontend.Accounts.Import;

/// <summary>What happened to one line of the file. <see cref="InitialPassword"/> is shown once, to hand to the new user.</summary>
public sealed record AccountImportRowResult(
    int Line,
    string Username,
    string Nip,
    string Name,
    AccountImportStatus Status,
    string Message,
    string? InitialPassword);
