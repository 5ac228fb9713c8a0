using Mooc.Infrastructure.Database;

namespace Mooc.Silo.Exams.Sweep;

public static class DeadlineSweepFeature
{
    /// <summary>The deadline sweeps of <see cref="DeadlineSweepService"/>; register after Orleans, so it starts once the silo runs.</summary>
    public static IServiceCollection AddDeadlineSweep(this IServiceCollection services, string connectionString, string serviceId)
    {
        services.AddSingleton(new OverdueAttemptQuery(ConnectionStrings.ForOrleans(connectionString), serviceId));
        services.AddSingleton<OverdueAttemptSweep>();
        services.AddHostedService<DeadlineSweepService>();
        return services;
    }
}
