using Mooc.LoadTests.Cli;

namespace Mooc.LoadTests.Scenarios;

/// <summary>When each virtual user starts, relative to the start of the run.</summary>
public static class StartSchedule
{
    /// <summary>Share of the users that trickle in before a spike.</summary>
    public const double SpikeLeadShare = 0.2;

    public static TimeSpan DelayFor(int userIndex, int users, LoadShape shape, TimeSpan ramp) => shape switch
    {
        LoadShape.Ramp => ramp * userIndex / users,
        LoadShape.Spike => SpikeDelay(userIndex, users, ramp),
        _ => TimeSpan.Zero,
    };

    private static TimeSpan SpikeDelay(int userIndex, int users, TimeSpan ramp)
    {
        var lead = (int)Math.Ceiling(users * SpikeLeadShare);
        return userIndex < lead ? ramp * userIndex / lead : ramp;
    }
}
