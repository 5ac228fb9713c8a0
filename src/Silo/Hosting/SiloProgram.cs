using Mooc.Infrastructure.Database;
using Mooc.Infrastructure.Hosting;
using Mooc.Infrastructure.Orleans;

namespace Mooc.Silo.Hosting;

/// <summary>Start-up of a silo process: checks, migrations, then the host.</summary>
public static class SiloProgram
{
    public static Task<int> RunAsync(string[] args) => StartupGuard.RunAsync("Mooc silo", async () =>
    {
        // Content root = the build output, so the process finds its settings wherever it is started from.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var connectionString = ConnectionStrings.Resolve(builder.Configuration);
        var orleans = OrleansSettings.From(builder.Configuration);
        PortAvailability.EnsureFree(orleans.AdvertisedAddress, orleans.SiloPort, "Orleans silo-to-silo port, Orleans:SiloPort");
        PortAvailability.EnsureFree(orleans.AdvertisedAddress, orleans.GatewayPort, "Orleans gateway port, Orleans:GatewayPort");

        using var startupLogging = LoggerFactory.Create(l => l.AddSimpleConsole(o => o.SingleLine = true));
        var logger = startupLogging.CreateLogger("Mooc.Silo.Startup");
        await DatabaseReachability.EnsureReachableAsync(connectionString, CancellationToken.None);
        await DatabaseMigrator.MigrateAsync(connectionString, logger, CancellationToken.None);

        builder.AddMoocSilo(connectionString, orleans);
        using var host = builder.Build();
        await host.RunAsync();
    });
}
