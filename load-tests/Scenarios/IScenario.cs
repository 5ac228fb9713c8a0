namespace Mooc.LoadTests.Scenarios;

/// <summary>A load scenario: starts its virtual users and returns once every one has stopped.</summary>
public interface IScenario
{
    string Name { get; }

    /// <summary>Runs until <paramref name="stop"/> fires (end of duration or Ctrl+C); must then return promptly.</summary>
    Task RunAsync(ScenarioContext context, CancellationToken stop);
}
