using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.SignalR;
using Mooc.WebFrontend.Accounts.Sessions;

namespace Mooc.WebFrontend.Accounts;

public static class AuthFeature
{
    public const string LoginRateLimitPolicy = "login";
    public const string CaptchaRateLimitPolicy = "captcha";
    public const string AdminPolicy = "admin";

    /// <summary>Cookie sign-in, the admin policy, and the per-address limit on sign-in attempts.</summary>
    public static IServiceCollection AddMoocAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<AccountService>();
        services.AddMemoryCache();
        services.AddSingleton<SessionCheck>();
        services.AddSingleton<SignedInConnections>();
        services.AddSingleton<SessionRevocationListener>();
        services.AddHostedService(sp => sp.GetRequiredService<SessionRevocationListener>());
        services.AddSingleton<SessionHubFilter>();
        services.Configure<HubOptions>(o => o.AddFilter<SessionHubFilter>());
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = "mooc.auth";
                options.Cookie.HttpOnly = true;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.LoginPath = "/Login";
                options.LogoutPath = "/Logout";
                options.AccessDeniedPath = "/AksesDitolak";
                options.ExpireTimeSpan = TimeSpan.FromHours(10);
                options.SlidingExpiration = true;
                // Hubs and other machine endpoints get a status code, not a redirect to the Login page.
                options.Events.OnRedirectToLogin = context => StatusOrRedirect(context, StatusCodes.Status401Unauthorized);
                options.Events.OnRedirectToAccessDenied = context => StatusOrRedirect(context, StatusCodes.Status403Forbidden);
                // A locked account or a reset password ends its sessions: every request checks the cookie's session stamp.
                options.Events.OnValidatePrincipal = context => context.HttpContext.RequestServices.GetRequiredService<SessionCheck>().ValidatePrincipalAsync(context);
            });
        services.AddAuthorizationBuilder()
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(MoocClaims.AdminRole));

        var limits = configuration.GetSection(LoginRateLimitOptions.Section).Get<LoginRateLimitOptions>() ?? new LoginRateLimitOptions();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = LoginRateLimitRejection.WriteAsync;
            options.AddPolicy(LoginRateLimitPolicy, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.LoginPermitPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("read"));
            // New captcha challenges each hold a little silo memory for minutes: a few per minute per address is plenty.
            options.AddPolicy(CaptchaRateLimitPolicy, context =>
                RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = limits.CaptchaPermitPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    private static Task StatusOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/hubs"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
