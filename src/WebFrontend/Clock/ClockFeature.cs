namespace Mooc.WebFrontend.Clock;

public static class ClockFeature
{
    public const string HubPath = "/hubs/clock";

    public static IEndpointRouteBuilder MapClockHub(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<ServerClockHub>(HubPath);
        return endpoints;
    }
}
