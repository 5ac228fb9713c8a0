using Mooc.LoadTests.Cli;

namespace Mooc.LoadTests.Scenarios;

/// <summary>When each virtual user starts, relative to the start of the run.</summary>
public static class StartSchedule
{
    public static TimeSpan DelayFor(int userIndex, int users, LoadShape shape, TimeSpan ramp) => shape switch
    {
        LoadShape.Ramp => ramp * userIndex / users,
        _ => TimeSpan.Zero,
    };
}
