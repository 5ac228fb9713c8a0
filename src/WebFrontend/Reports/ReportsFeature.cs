namespace Mooc.WebFrontend.Reports;

public static class ReportsFeature
{
    public static IServiceCollection AddReports(this IServiceCollection services) => services.AddSingleton<ExamReportService>();
}
