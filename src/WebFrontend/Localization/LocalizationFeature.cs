using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Mooc.WebFrontend.Localization;

public static class LocalizationFeature
{
    public const string Indonesian = "id";
    public const string English = "en";

    public static IServiceCollection AddMoocLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var cultures = new[] { new CultureInfo(Indonesian), new CultureInfo(English) };
            o.DefaultRequestCulture = new RequestCulture(Indonesian);
            o.SupportedCultures = cultures;
            o.SupportedUICultures = cultures;
            // Indonesian first: only an explicit choice (the cookie) switches to English, never the browser's language.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary><c>POST /bahasa</c>: remembers the chosen language for a year and goes back to the page.</summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/bahasa", async (HttpContext context, Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }

            var form = await context.Request.ReadFormAsync();
            var culture = form["culture"].ToString() == English ? English : Indonesian;
            var returnUrl = form["returnUrl"].ToString();
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
            return (IResult)Results.LocalRedirect(IsLocal(returnUrl) ? returnUrl : "/");
        });
        return endpoints;
    }

    /// <summary>A path on this site, and one LocalRedirect accepts: a control character (a tab, \u0001) made it throw, a 500.</summary>
    private static bool IsLocal(string url) =>
        url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) && !url.Any(char.IsControl);
}
