namespace Mooc.Grains.Abstractions.Accounts;

/// <summary>
/// A search of the account directory: <see cref="Text"/> matches part of the name, NIP, username or unit, in any case;
/// null filters match everything. <see cref="Page"/> counts from 1.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AccountSearch(
    [property: Id(0)] string? Text,
    [property: Id(1)] AccountRole? Role,
    [property: Id(2)] AccountStatus? Status,
    [property: Id(3)] int Page)
{
    public const int PageSize = 50;

    public const int MaxTextLength = 100;
}
