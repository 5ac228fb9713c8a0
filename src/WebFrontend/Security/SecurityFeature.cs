using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.SignalR;
using Mooc.WebFrontend.Security.DataProtection;

namespace Mooc.WebFrontend.Security;

public static class SecurityFeature
{
    /// <summary>The application name that ties every frontend's cookies and anti-forgery tokens to one key ring.</summary>
    public const string ApplicationName = "Mooc";

    /// <summary>Security headers and the hubs' origin check (options), hub message limits, and data-protection keys in PostgreSQL.</summary>
    public static IServiceCollection AddWebSecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.Configure<HubOptions>(HubLimits.Apply);
        services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToPostgres();
        return services;
    }

    /// <summary>First in the pipeline, so every response (error pages and static files included) gets the headers.</summary>
    public static IApplicationBuilder UseWebSecurity(this IApplicationBuilder app) =>
        app.UseMiddleware<SecurityHeadersMiddleware>().UseMiddleware<HubOriginCheck>();
}
