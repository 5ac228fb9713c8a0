using JasperFx.Events.Projections;
using Marten;

namespace Mooc.Silo.Learning;

public static class LearningFeature
{
    public static IServiceCollection AddLearning(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Projections.Add<LearnerTrainingProjection>(ProjectionLifecycle.Async);
            options.Projections.Add<LearnerDashboardProjection>(ProjectionLifecycle.Async);
            options.Projections.Add<ExamHistoryProjection>(ProjectionLifecycle.Async);
            options.Schema.For<LearnerTraining>().Index(r => r.Username);
            options.Schema.For<ExamHistoryRow>().Index(r => r.Username);
        });
        return services;
    }
}
