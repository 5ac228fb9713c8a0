using Microsoft.Extensions.DependencyInjection.Extensions;
using Mooc.Infrastructure.Database;
using Mooc.Infrastructure.Orleans;
using Orleans.Configuration;

namespace Mooc.WebFrontend.Hosting;

public static class OrleansClientFeature
{
    /// <summary>An Orleans client that finds silo gateways through the ADO.NET membership table on PostgreSQL.</summary>
    public static TBuilder AddMoocOrleansClient<TBuilder>(this TBuilder builder, string connectionString, OrleansSettings settings)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddSingleton(settings);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = settings.ClusterId;
                o.ServiceId = settings.ServiceId;
            });
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = ConnectionStrings.ForOrleans(connectionString);
            });
            client.UseConnectionRetryFilter<GatewayRetryFilter>();
        });
        return builder;
    }
}
