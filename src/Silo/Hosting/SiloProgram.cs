using Microsoft.AspNetCore.Builder;
using Mooc.Infrastructure.Database;
using Mooc.Infrastructure.Hosting;
using Mooc.Infrastructure.Orleans;
using Mooc.Silo.Observability;

namespace Mooc.Silo.Hosting;

/// <summary>Start-up of a silo process: checks, migrations, then the host (Orleans and the operations endpoint).</summary>
public static class SiloProgram
{
    public static Task<int> RunAsync(string[] args) => StartupGuard.RunAsync("Mooc silo", async () =>
    {
        // Content root = the build output, so the process finds its settings wherever it is started from.
        // A web application for the operations endpoint (dashboard, /metrics); with the endpoint off it listens nowhere.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var connectionString = ConnectionStrings.Resolve(builder.Configuration);
        var orleans = OrleansSettings.From(builder.Configuration);
        var operations = OperationsOptions.ResolveUrl(builder.Configuration);
        PortAvailability.EnsureFree(orleans.AdvertisedAddress, orleans.SiloPort, "Orleans silo-to-silo port, Orleans:SiloPort");
        PortAvailability.EnsureFree(orleans.AdvertisedAddress, orleans.GatewayPort, "Orleans gateway port, Orleans:GatewayPort");
        PortAvailability.EnsureFree(operations?.GetLeftPart(UriPartial.Authority), "the silo's operations endpoint (dashboard, metrics), Operations:Url");

        using var startupLogging = LoggerFactory.Create(l => l.AddSimpleConsole(o => o.SingleLine = true));
        var logger = startupLogging.CreateLogger("Mooc.Silo.Startup");
        await DatabaseReachability.EnsureReachableAsync(connectionString, CancellationToken.None);
        await DatabaseMigrator.MigrateAsync(connectionString, logger, CancellationToken.None);

        builder.Services.AddJsonConsoleLogDefaults();
        builder.AddMoocSilo(connectionString, orleans);
        builder.AddOperationsEndpoint(operations);
        await using var app = builder.Build();
        app.MapOperationsEndpoint(operations);
        await app.RunAsync();
    });
}
