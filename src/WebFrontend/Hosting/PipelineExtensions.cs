using Mooc.WebFrontend.Clock;
using Mooc.WebFrontend.Health;

namespace Mooc.WebFrontend.Hosting;

public static class PipelineExtensions
{
    public static WebApplication UseMoocPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.MapRazorPages();
        app.MapClockHub();
        app.MapMoocHealth();
        return app;
    }
}
