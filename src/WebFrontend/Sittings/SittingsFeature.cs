namespace Mooc.WebFrontend.Sittings;

public static class SittingsFeature
{
    public static IServiceCollection AddSittings(this IServiceCollection services) => services.AddSingleton<SittingService>();
}
