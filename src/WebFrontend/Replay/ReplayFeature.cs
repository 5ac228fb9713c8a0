namespace Mooc.WebFrontend.Replay;

public static class ReplayFeature
{
    /// <summary>Riwayat Percobaan: the admin pages that replay an attempt's events.</summary>
    public static IServiceCollection AddAttemptReplay(this IServiceCollection services) => services.AddSingleton<AttemptReplayService>();
}
