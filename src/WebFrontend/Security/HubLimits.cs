using Microsoft.AspNetCore.SignalR;

namespace Mooc.WebFrontend.Security;

/// <summary>
/// Limits on what a hub client may send. The largest legitimate message is a board action with its reason (at most 500
/// characters, a few KB as escaped JSON) or a board query; an answer or a proctoring signal is under 200 bytes. A bigger
/// message closes the connection with an error before any hub method runs.
/// </summary>
public static class HubLimits
{
    public const long MaximumReceiveMessageSize = 16 * 1024;

    /// <summary>One call at a time per connection (SignalR's default, kept explicit): the exam page awaits each answer's acknowledgement.</summary>
    public const int MaximumParallelInvocationsPerClient = 1;

    public static void Apply(HubOptions options)
    {
        options.MaximumReceiveMessageSize = MaximumReceiveMessageSize;
        options.MaximumParallelInvocationsPerClient = MaximumParallelInvocationsPerClient;
    }
}
