using Microsoft.Extensions.Logging;
using Mooc.Infrastructure.Orleans;
using Mooc.TestSupport;
using Mooc.WebFrontend.Hosting;

namespace Mooc.IntegrationTests.Support;

/// <summary>An external Orleans client configured as the frontend configures its own.</summary>
public static class TestClient
{
    public static async Task<IHost> StartAsync(TestDatabase database)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Development" });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddMoocOrleansClient(database.ConnectionString, new OrleansSettings { ClusterId = database.Name, ServiceId = database.Name, GatewayWaitSeconds = 30 });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
