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
            // Username for "Riwayat Ujian"; CourseCode for the admin's exam report, which is asked per training.
            options.Schema.For<ExamHistoryRow>().Index(r => r.Username).Index(r => r.CourseCode);
        });
        return services;
    }
}
