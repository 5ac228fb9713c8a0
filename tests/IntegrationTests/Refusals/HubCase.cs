namespace Mooc.IntegrationTests.Refusals;

/// <summary>
/// One hostile call of a hub method: who calls (see <see cref="HubCaller"/>), the arguments (built from the stack's ids), and
/// how the product must refuse it. <see cref="Expected"/> is the text the refusal must contain: the HubException's message,
/// the ack's reason, or the board's refusal; empty when only the refusal itself is checked (a framework binding error).
/// </summary>
public sealed record HubCase(string Name, HubCaller Caller, string Method, Func<RefusalStack, object?[]> Args, HubRefusal Refusal, string Expected = "")
{
    public override string ToString() => Name;
}
