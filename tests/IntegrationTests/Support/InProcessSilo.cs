using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Mooc.Infrastructure.Database;
using Mooc.Infrastructure.Orleans;
using Mooc.Silo.Hosting;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Support;

/// <summary>A real silo (the product's own configuration) hosted inside the test process, on free loopback ports.</summary>
public static class InProcessSilo
{
    public static OrleansSettings SettingsFor(TestDatabase database) => new()
    {
        ClusterId = database.Name,
        ServiceId = database.Name,
        SiloPort = FreePort.Next(),
        GatewayPort = FreePort.Next(),
    };

    public static async Task<IHost> StartAsync(TestDatabase database, bool seedDemoContent = false, Action<IServiceCollection>? services = null)
    {
        await DatabaseMigrator.MigrateAsync(database.ConnectionString, NullLogger.Instance, CancellationToken.None);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["Mooc:SeedDemoContent"] = seedDemoContent ? "true" : "false";
        services?.Invoke(builder.Services);
        builder.AddMoocSilo(database.ConnectionString, SettingsFor(database));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public static IGrainFactory Grains(this IHost silo) => silo.Services.GetRequiredService<IGrainFactory>();
}
