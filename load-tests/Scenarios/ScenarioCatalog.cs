using Mooc.LoadTests.Scenarios.Beranda;
using Mooc.LoadTests.Scenarios.UjianMassal;

namespace Mooc.LoadTests.Scenarios;

/// <summary>The scenarios this driver knows, by command-line name.</summary>
public static class ScenarioCatalog
{
    private static readonly IReadOnlyDictionary<string, Func<IScenario>> Factories =
        new Dictionary<string, Func<IScenario>>(StringComparer.Ordinal)
        {
            [BerandaScenario.ScenarioName] = () => new BerandaScenario(),
            [UjianMassalScenario.ScenarioName] = () => new UjianMassalScenario(),
        };

    public static IReadOnlyCollection<string> Names => [.. Factories.Keys];

    public static IScenario Create(string name) => Factories[name]();
}
