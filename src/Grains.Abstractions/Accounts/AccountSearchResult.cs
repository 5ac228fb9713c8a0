namespace Mooc.Grains.Abstractions.Accounts;

/// <summary>One page of matching accounts, ordered by name, and how many match in all.</summary>
[GenerateSerializer, Immutable]
public sealed record AccountSearchResult(
    [property: Id(0)] IReadOnlyList<AccountDirectoryRow> Rows,
    [property: Id(1)] int Total,
    [property: Id(2)] int Page)
{
    public int Pages => Math.Max(1, (Total + AccountSearch.PageSize - 1) / AccountSearch.PageSize);
}
