namespace Mooc.LoadTests.Cli;

/// <summary>How virtual users are started over time (after NBomber's load simulations).</summary>
public enum LoadShape
{
    /// <summary>All users start at once: the exam bell.</summary>
    Constant,

    /// <summary>Users start evenly spread over the ramp period (the start window).</summary>
    Ramp,

    /// <summary>A fifth of the users trickle in over the ramp period, then the other four fifths start at once.</summary>
    Spike,
}
