using Mooc.Infrastructure.Hosting;

namespace Mooc.WebFrontend.Accounts.Captcha;

public static class CaptchaFeature
{
    /// <summary>Binds and checks the <c>Captcha</c> section, then registers the captcha services.</summary>
    public static IServiceCollection AddCaptcha(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(CaptchaOptions.Section).Get<CaptchaOptions>() ?? new CaptchaOptions();
        Validate(options, environment);

        // Checked now rather than at the first login page: without the font nobody could log in.
        if (CaptchaImageRenderer.FindFontFile(CaptchaImageRenderer.FontFiles) is null)
        {
            throw new StartupException(CaptchaImageRenderer.MissingFontMessage);
        }

        services.AddSingleton(options);
        services.AddSingleton<CaptchaCodeGenerator>();
        services.AddSingleton<CaptchaImageRenderer>();
        services.AddSingleton<CaptchaService>();
        return services;
    }

    /// <summary>
    /// <c>POST /captcha/new</c> issues a challenge (the refresh icon); <c>GET /captcha/{id}.png</c> draws it.
    /// </summary>
    public static IEndpointRouteBuilder MapCaptcha(this IEndpointRouteBuilder endpoints)
    {
        // No antiforgery token: issuing a challenge changes nothing of the user's, and the login form's own post is protected.
        endpoints.MapPost("/captcha/new", async (CaptchaService captcha) =>
        {
            var id = await captcha.NewChallengeAsync();
            return Results.Json(new { id, imageUrl = ImageUrl(id) });
        }).DisableAntiforgery().RequireRateLimiting(AuthFeature.CaptchaRateLimitPolicy);

        endpoints.MapGet("/captcha/{id:guid}.png", async (Guid id, CaptchaService captcha, HttpResponse response) =>
        {
            response.Headers.CacheControl = "no-store";
            var png = await captcha.RenderPngAsync(id);
            return png is null ? Results.NotFound() : Results.File(png, "image/png");
        });
        return endpoints;
    }

    public static string ImageUrl(Guid id) => $"/captcha/{id}.png";

    private static void Validate(CaptchaOptions options, IHostEnvironment environment)
    {
        if (options.HasTestCode && environment.IsProduction())
        {
            throw new StartupException(
                "Captcha:TestCode is set but the environment is Production; the fixed test captcha is refused in production. Unset Captcha__TestCode.");
        }

        if (options.HasTestCode && options.TestCode!.Trim().Length > CaptchaOptions.MaxCodeLength)
        {
            throw new StartupException($"Captcha:TestCode is longer than {CaptchaOptions.MaxCodeLength} characters.");
        }

        if (options.Length is < 4 or > 8)
        {
            throw new StartupException($"Captcha:Length is {options.Length}; it must be between 4 and 8.");
        }

        if (options.LifetimeSeconds is < 30 or > 3600)
        {
            throw new StartupException($"Captcha:LifetimeSeconds is {options.LifetimeSeconds}; it must be between 30 and 3600.");
        }
    }
}
