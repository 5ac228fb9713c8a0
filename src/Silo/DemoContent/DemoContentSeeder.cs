using Mooc.Grains.Abstractions.Accounts;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.News;

namespace Mooc.Silo.DemoContent;

/// <summary>
/// Publishes the demo trainings, their materials and exams and the news and creates the demo accounts at start-up when
/// <c>Mooc:SeedDemoContent</c> is true. Every step is idempotent, so every silo may run it.
/// </summary>
public sealed class DemoContentSeeder(IGrainFactory grains, ILogger<DemoContentSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var courses = 0;
        foreach (var (code, description) in DemoCourses.All)
        {
            courses += await grains.GetGrain<ICourseGrain>(code).PublishAsync(description) == PublishOutcome.Unchanged ? 0 : 1;
        }

        var materials = 0;
        foreach (var (code, contents) in DemoMaterials.All)
        {
            foreach (var (materialId, content) in contents)
            {
                materials += await grains.GetGrain<ICourseGrain>(code).PublishMaterialAsync(materialId, content) == PublishOutcome.Unchanged ? 0 : 1;
            }
        }

        var exams = 0;
        foreach (var (code, exam) in DemoExams.All)
        {
            exams += await grains.GetGrain<ICourseGrain>(code).PublishExamAsync(exam) == PublishOutcome.Unchanged ? 0 : 1;
        }

        var news = 0;
        foreach (var (slug, article) in DemoNews.All)
        {
            news += await grains.GetGrain<INewsGrain>(slug).PublishAsync(article) == PublishOutcome.Unchanged ? 0 : 1;
        }

        var accounts = 0;
        foreach (var (profile, password) in DemoAccounts.All)
        {
            accounts += await grains.GetGrain<IAccountGrain>(profile.Username).RegisterAsync(profile, password) == RegistrationOutcome.Registered ? 1 : 0;
        }

        logger.LogInformation(
            "Demo content: {Courses} of {TotalCourses} trainings, {Materials} materials, {Exams} exams and {News} of {TotalNews} news items published or revised, {Accounts} accounts created",
            courses, DemoCourses.All.Count, materials, exams, news, DemoNews.All.Count, accounts);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
