namespace Mooc.WebFrontend.Exams;

public static class ExamFeature
{
    public static IServiceCollection AddExams(this IServiceCollection services)
    {
        services.AddSingleton<ExamService>();
        services.AddSingleton<ExamWatcher>();
        services.AddHostedService<ExamClockPusher>();
        return services;
    }

    public static IEndpointRouteBuilder MapExamHub(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<ExamHub>(ExamHub.Path, o => o.ApplicationMaxBufferSize = 32 * 1024);
        return endpoints;
    }
}
