namespace Mooc.Grains.Abstractions.Accounts;

/// <summary>Who an account belongs to. <see cref="Username"/> is the sign-in name (for imported ASN accounts, the NIP).</summary>
[GenerateSerializer, Immutable]
public sealed record AccountProfile(
    [property: Id(0)] string Username,
    [property: Id(1)] string Nip,
    [property: Id(2)] string FullName,
    [property: Id(3)] string Unit,
    [property: Id(4)] string Email,
    [property: Id(5)] AccountRole Role);
