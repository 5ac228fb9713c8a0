using Mooc.Infrastructure.Observability;

namespace Mooc.Silo.Exams;

public static class ExamsFeature
{
    /// <summary>The attempt grains' metrics and their call filter (log scope with the attempt id).</summary>
    public static IServiceCollection AddExams(this IServiceCollection services)
    {
        services.AddMoocMeter();
        services.AddSingleton<ExamAttemptMetrics>();
        services.AddSingleton<IIncomingGrainCallFilter, ExamAttemptCallFilter>();
        return services;
    }
}
