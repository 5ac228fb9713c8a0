using Microsoft.Extensions.DependencyInjection.Extensions;
using Mooc.Infrastructure.Orleans;
using Mooc.Silo.Accounts;
using Mooc.Silo.Catalog;
using Mooc.Silo.Certificates;
using Mooc.Silo.DemoContent;
using Mooc.Silo.EventStore;
using Mooc.Silo.Exams;
using Mooc.Silo.Exams.Sweep;
using Mooc.Silo.Learning;
using Mooc.Silo.News;

namespace Mooc.Silo.Hosting;

public static class MoocSiloBuilder
{
    /// <summary>Everything a silo hosts. The database must already be migrated (see <see cref="SiloProgram"/>).</summary>
    public static TBuilder AddMoocSilo<TBuilder>(this TBuilder builder, string connectionString, OrleansSettings orleans)
        where TBuilder : IHostApplicationBuilder
    {
        builder.Services.TryAddKeyedSingleton(DomainClock.Key, TimeProvider.System);

        // Marten's hosted services (schema, daemon) are registered before Orleans so they start first.
        builder.Services.AddEventStore(connectionString);
        builder.Services.AddCatalog();
        builder.Services.AddLearning();
        builder.Services.AddCertificates(builder.Configuration);
        builder.Services.AddNews();
        builder.Services.AddExams();
        builder.Services.AddAccounts(builder.Configuration);
        builder.AddMoocOrleans(connectionString, orleans);
        builder.Services.AddAccountDirectoryBackfill();
        builder.Services.AddDeadlineSweep(connectionString, orleans.ServiceId);

        var options = builder.Configuration.GetSection(SiloOptions.Section).Get<SiloOptions>() ?? new SiloOptions();
        if (options.SeedDemoContent)
        {
            builder.Services.AddHostedService<DemoContentSeeder>();
        }

        return builder;
    }
}
