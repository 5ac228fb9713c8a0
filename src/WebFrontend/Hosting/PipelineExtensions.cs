using Mooc.WebFrontend.Accounts.Captcha;
using Mooc.WebFrontend.Clock;
using Mooc.WebFrontend.Health;
using Mooc.WebFrontend.Localization;

namespace Mooc.WebFrontend.Hosting;

public static class PipelineExtensions
{
    public static WebApplication UseMoocPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseStatusCodePagesWithReExecute("/status/{0}");
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapRazorPages();
        app.MapCaptcha();
        app.MapLanguageSwitch();
        app.MapClockHub();
        app.MapMoocHealth();
        return app;
    }
}
