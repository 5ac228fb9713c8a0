namespace Mooc.IntegrationTests.Refusals;

/// <summary>The shapes a refusal takes on the hubs.</summary>
public enum HubRefusal
{
    /// <summary>The call throws a HubException (its message is what the page shows).</summary>
    Error,

    /// <summary>An answer's ack with a status other than Saved (Refused, Duplicate, Superseded).</summary>
    AnswerNotSaved,

    /// <summary>A proctoring ack that says nothing was recorded.</summary>
    SignalNotRecorded,

    /// <summary>The attempt's state, already handed in, comes back unchanged ("submitted").</summary>
    AlreadySubmitted,

    /// <summary>A board action that was done for nobody, with the reason.</summary>
    BoardRefused,

    /// <summary>The connection to the hub is refused (403) before any method can be called.</summary>
    ConnectionRefused,
}
