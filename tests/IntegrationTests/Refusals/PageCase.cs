namespace Mooc.IntegrationTests.Refusals;

/// <summary>
/// One hostile request of an id-bearing page or endpoint: who sends it, GET or POST, the address (built from the stack's
/// ids), the status codes that count as the product's refusal, and where a redirect must go ("Login", "AksesDitolak").
/// </summary>
public sealed record PageCase(string Name, PageCaller Caller, HttpMethod Method, Func<RefusalStack, string> Url, int[] Statuses, string? RedirectTo = null)
{
    public override string ToString() => Name;
}
