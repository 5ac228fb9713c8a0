using Mooc.WebFrontend.Accounts.Captcha;
using Mooc.WebFrontend.Clock;
using Mooc.WebFrontend.Exams;
using Mooc.WebFrontend.Health;
using Mooc.WebFrontend.Hosting.Proxy;
using Mooc.WebFrontend.Localization;
using Mooc.WebFrontend.Media;
using Mooc.WebFrontend.Monitoring;
using Mooc.WebFrontend.Observability;
using Mooc.WebFrontend.Security;

namespace Mooc.WebFrontend.Hosting;

public static class PipelineExtensions
{
    public static WebApplication UseMoocPipeline(this WebApplication app)
    {
        app.UseProxySupport();
        app.UseWebSecurity();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        // People get an Indonesian page for an error status; hubs and other machine endpoints get the bare status.
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/hubs") && !context.Request.Path.StartsWithSegments("/captcha"),
            branch => branch.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseStaticFiles();
        app.UseMediaUploadLimits();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapRazorPages();
        app.MapCaptcha();
        app.MapLanguageSwitch();
        app.MapClockHub();
        app.MapExamHub();
        app.MapMonitorHub();
        app.MapMoocHealth();
        app.MapMetrics();
        app.MapUploadedMedia();
        return app;
    }
}
