namespace Mooc.WebFrontend.Accounts.Import;

/// <summary>One data line of an account CSV, as written (nothing checked yet).</summary>
public sealed record AccountCsvRow(int Line, string Nip, string Name, string Unit, string Email, string Role, string? Username, string? Password);
