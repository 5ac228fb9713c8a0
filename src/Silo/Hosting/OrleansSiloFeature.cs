using Mooc.Infrastructure.Database;
using Mooc.Infrastructure.Orleans;
using Orleans.Configuration;

namespace Mooc.Silo.Hosting;

public static class OrleansSiloFeature
{
    /// <summary>
    /// Orleans with ADO.NET clustering, grain storage and reminders on PostgreSQL. The SQL those providers
    /// run is ours: migrations 0001–0003 in <c>Mooc.Infrastructure</c> fill <c>orleans.orleansquery</c>.
    /// </summary>
    public static TBuilder AddMoocOrleans<TBuilder>(this TBuilder builder, string connectionString, OrleansSettings settings)
        where TBuilder : IHostApplicationBuilder
    {
        var orleansConnection = ConnectionStrings.ForOrleans(connectionString);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = settings.ClusterId;
                o.ServiceId = settings.ServiceId;
            });
            // A silo that hangs (paused, a stalled VM) must be declared dead like one that crashed. With Orleans 10's
            // defaults it never was (seen: 60 s of SIGSTOP in a 3-silo cluster, 18 missed probes in a row, no vote): the
            // hung process's sockets stay open, so the connection liveness check vouched for it, and an indirect probe
            // through another silo timed out together with its own request, so every one was inconclusive. Direct probes
            // alone: 3 missed probes of 5 s, by two silos.
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                o.EnableIndirectProbes = false;
                o.EnableConnectionLivenessCheck = false;
            });
            silo.ConfigureEndpoints(settings.AdvertisedAddress, settings.SiloPort, settings.GatewayPort, listenOnAnyHostAddress: false);
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = orleansConnection;
            });
            silo.AddAdoNetGrainStorage(StorageNames.Mooc, o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = orleansConnection;
            });
            silo.AddAdoNetGrainStorageAsDefault(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = orleansConnection;
            });
            // The deadline reminder ticks every few seconds once its deadline has passed (ExamAttemptGrain).
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = Exams.ExamAttemptGrain.DeadlineReminderPeriod);
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = orleansConnection;
            });
        });
        return builder;
    }
}
