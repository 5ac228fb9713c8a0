namespace Mooc.WebFrontend.Learning;

public static class LearningFeature
{
    public static IServiceCollection AddLearning(this IServiceCollection services) => services.AddSingleton<LearningService>();
}
