namespace Mooc.LoadTests.Scenarios.Beranda;

/// <summary>"Beranda" (home page): every user holds a clock-hub connection and loops GET / + GetServerTime.</summary>
public sealed class BerandaScenario : IScenario
{
    public const string ScenarioName = "beranda";

    public string Name => ScenarioName;

    public Task RunAsync(ScenarioContext context, CancellationToken stop)
    {
        var options = context.Options;
        var users = Enumerable.Range(0, options.Users)
            .Select(index => RunUserAsync(context, StartSchedule.DelayFor(index, options.Users, options.Shape, options.Ramp), stop));
        return Task.WhenAll(users);
    }

    private static async Task RunUserAsync(ScenarioContext context, TimeSpan startDelay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(startDelay, stop);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await new BerandaUser(context).RunAsync(stop);
    }
}
