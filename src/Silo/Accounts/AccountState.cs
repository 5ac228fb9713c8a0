using Mooc.Grains.Abstractions.Accounts;

namespace Mooc.Silo.Accounts;

/// <summary>An account's stored state (Orleans ADO.NET grain storage): profile, password hash and lockout.</summary>
[GenerateSerializer]
public sealed class AccountState
{
    [Id(0)] public AccountProfile? Profile { get; set; }

    [Id(1)] public string? PasswordHash { get; set; }

    [Id(2)] public int FailedSignIns { get; set; }

    [Id(3)] public DateTimeOffset? LockedUntil { get; set; }

    [Id(4)] public DateTimeOffset? LastSignInAt { get; set; }

    [Id(5)] public DateTimeOffset CreatedAt { get; set; }
}
