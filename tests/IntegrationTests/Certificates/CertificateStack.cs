using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Learning;
using Mooc.IntegrationTests.Exams;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Certificates;

/// <summary>
/// The product's processes with two trainings (one with certificate, one without), shared by the certificate tests:
/// each test takes its own learner and training, so they do not depend on each other's order.
/// </summary>
public sealed class CertificateStack : IAsyncLifetime
{
    public const string WithCertificate = "UJI-SERT";
    public const string WithoutCertificate = "UJI-TANPA";

    public ExamStack Exams { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Exams = await ExamStack.StartAsync((WithCertificate, ExamFixture.Exam()));
        await ExamFixture.PublishAsync(Exams.Grains, WithoutCertificate, ExamFixture.Exam(), ExamFixture.Course with { HasCertificate = false });
    }

    public async Task DisposeAsync() => await Exams.DisposeAsync();

    /// <summary>Sits the exam through the grains: every answer right for a pass (100), every answer wrong for a fail (0).</summary>
    public async Task<Guid> SitAsync(string username, string code, bool pass)
    {
        var id = await ExamFixture.StartAsync(Exams.Grains, username, code);
        var key = await AttemptKey.ReadAsync(Exams.Product.Database, id);
        var attempt = Exams.Grains.GetGrain<IExamAttemptGrain>(id);
        for (var n = 1; n <= key.Count; n++)
        {
            Assert.Equal(AnswerAckStatus.Saved, (await attempt.SelectAnswerAsync(username, n, pass ? key[n - 1] : (key[n - 1] + 1) % 4, n)).Status);
        }

        var done = await attempt.SubmitAsync(username);
        Assert.Equal(pass, done.Outcome!.Passed);
        return id;
    }

    public Task<LearnerCourseProgress> ProgressAsync(string username, string code) =>
        Exams.Grains.GetGrain<ILearnerGrain>(username).GetProgressAsync(code);
}
