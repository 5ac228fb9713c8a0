using Mooc.Infrastructure.Database;
using Mooc.Infrastructure.Hosting;
using Mooc.Infrastructure.Orleans;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.Accounts.Administration;
using Mooc.WebFrontend.Accounts.Captcha;
using Mooc.WebFrontend.Accounts.Import;
using Mooc.WebFrontend.Catalog;
using Mooc.WebFrontend.Certificates;
using Mooc.WebFrontend.Clock;
using Mooc.WebFrontend.CourseAdmin;
using Mooc.WebFrontend.ExamBanks;
using Mooc.WebFrontend.Exams;
using Mooc.WebFrontend.Health;
using Mooc.WebFrontend.Hosting.Proxy;
using Mooc.WebFrontend.Learning;
using Mooc.WebFrontend.Localization;
using Mooc.WebFrontend.Media;
using Mooc.WebFrontend.Monitoring;
using Mooc.WebFrontend.News;
using Mooc.WebFrontend.Observability;
using Mooc.WebFrontend.Replay;
using Mooc.WebFrontend.Reports;
using Mooc.WebFrontend.Security;
using Mooc.WebFrontend.Sittings;

namespace Mooc.WebFrontend.Hosting;

/// <summary>Start-up of a frontend process: checks, then Razor Pages, SignalR and the Orleans client.</summary>
public static class FrontendProgram
{
    public static Task<int> RunAsync(string[] args) => StartupGuard.RunAsync("Mooc frontend", async () =>
    {
        // Content root = the build output, so the process finds its settings and wwwroot wherever it is started from.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var connectionString = ConnectionStrings.Resolve(builder.Configuration);
        var orleans = OrleansSettings.From(builder.Configuration);
        PortAvailability.EnsureFree(builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey), "the frontend's HTTP address, --urls / ASPNETCORE_URLS");
        await DatabaseReachability.EnsureReachableAsync(connectionString, CancellationToken.None);

        builder.Services.AddObservability(builder.Configuration);
        builder.AddMoocOrleansClient(connectionString, orleans);
        builder.Services.AddMoocLocalization();
        builder.Services.AddAccountImport();
        builder.Services.AddAccountAdministration();
        builder.Services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/Admin", AuthFeature.AdminPolicy))
            .AddDataAnnotationsLocalization(o => o.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        builder.Services.AddSignalR()
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        builder.Services.AddProxySupport(builder.Configuration);
        builder.Services.AddWebSecurity(builder.Configuration);
        builder.Services.AddMoocHealth(connectionString);
        builder.Services.AddMoocAuthentication(builder.Configuration);
        builder.Services.AddCaptcha(builder.Configuration, builder.Environment);
        builder.Services.AddCatalog();
        builder.Services.AddLearning();
        builder.Services.AddNews();
        builder.Services.AddExamBanks();
        builder.Services.AddExams();
        builder.Services.AddCertificates(builder.Configuration);
        builder.Services.AddMonitoring();
        builder.Services.AddAttemptReplay();
        builder.Services.AddReports();
        builder.Services.AddMedia(builder.Configuration, connectionString);
        builder.Services.AddCourseAdministration();
        builder.Services.AddSittings();

        var app = builder.Build();
        app.UseMoocPipeline();
        await app.RunAsync();
    });
}
