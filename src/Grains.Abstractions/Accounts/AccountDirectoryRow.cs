namespace Mooc.Grains.Abstractions.Accounts;

/// <summary>One account in the admin's list ("Kelola Akun").</summary>
[GenerateSerializer, Immutable]
public sealed record AccountDirectoryRow(
    [property: Id(0)] string Username,
    [property: Id(1)] string Nip,
    [property: Id(2)] string FullName,
    [property: Id(3)] string Unit,
    [property: Id(4)] string Email,
    [property: Id(5)] AccountRole Role,
    [property: Id(6)] AccountStatus Status,
    [property: Id(7)] DateTimeOffset CreatedAt);
