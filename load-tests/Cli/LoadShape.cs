namespace Mooc.LoadTests.Cli;

/// <summary>How virtual users are started over time.</summary>
public enum LoadShape
{
    /// <summary>All users start at once.</summary>
    Constant,

    /// <summary>Users start evenly spread over the ramp period.</summary>
    Ramp,
}
