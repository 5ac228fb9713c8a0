using Mooc.Grains.Abstractions.Accounts;

namespace Mooc.Silo.Accounts;

/// <summary>
/// Read model: one account in the admin's directory (document id = username). Written by the account grain after its
/// state (<see cref="AccountDirectory"/>), never edited elsewhere; no password hash, no lockout counters.
/// </summary>
public sealed class AccountDirectoryEntry
{
    public string Id { get; set; } = "";

    public string Nip { get; set; } = "";

    public string FullName { get; set; } = "";

    public string Unit { get; set; } = "";

    public string Email { get; set; } = "";

    public AccountRole Role { get; set; }

    public AccountStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Name, username, NIP and unit in lower case: what the admin's search matches part of.</summary>
    public string SearchText { get; set; } = "";

    /// <summary>The account state's revision this entry was written from.</summary>
    public int Revision { get; set; }

    public static AccountDirectoryEntry From(AccountState state)
    {
        var p = state.Profile!;
        return new AccountDirectoryEntry
        {
            Id = p.Username,
            Nip = p.Nip,
            FullName = p.FullName,
            Unit = p.Unit,
            Email = p.Email,
            Role = p.Role,
            Status = state.Status,
            CreatedAt = state.CreatedAt,
            SearchText = SearchTextOf(p),
            Revision = Math.Max(state.Revision, 1),
        };
    }

    public static string SearchTextOf(AccountProfile p) => string.Join(' ', p.FullName, p.Username, p.Nip, p.Unit).ToLowerInvariant();

    public AccountDirectoryRow ToRow() => new(Id, Nip, FullName, Unit, Email, Role, Status, CreatedAt);
}
