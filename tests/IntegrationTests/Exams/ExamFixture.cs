using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Learning;
using Mooc.Silo.EventStore;
using Mooc.Silo.Exams;

namespace Mooc.IntegrationTests.Exams;

/// <summary>A small training with a 5-question bank (3 per attempt) for exam tests, and reading an attempt's key back from its stream.</summary>
public static class ExamFixture
{
    public static readonly CourseDescription Course = new(
        "Keamanan Dokumen Perjalanan", "Ciri pengamanan paspor.", CourseLevel.Basic, 8, true, "BPSDM",
        "Deskripsi.", ["ASN aktif"], new InstructorProfile("Dr. Uji", "Widyaiswara", "Bio."),
        [new MaterialOutline("m01", "Pengantar", MaterialKind.Reading, 10)], 7, null);

    public static ExamDefinition Exam(int durationMinutes = 20, int maxAttempts = 3, bool requireMaterials = true) => new(
        new ExamSettings(3, durationMinutes, 70, maxAttempts, true, true, requireMaterials),
        Enumerable.Range(1, 5).Select(i => new ExamQuestion($"q{i:00}", $"Pertanyaan nomor {i}?", ["A", "B", "C", "D"], i % 4)).ToList());

    public static async Task PublishAsync(IGrainFactory grains, string code, ExamDefinition exam, CourseDescription? course = null)
    {
        await grains.GetGrain<ICourseGrain>(code).PublishAsync(course ?? Course);
        await grains.GetGrain<ICourseGrain>(code).PublishExamAsync(exam);
    }

    public static async Task<Guid> StartAsync(IGrainFactory grains, string username, string code)
    {
        var learner = grains.GetGrain<ILearnerGrain>(username);
        await learner.EnrolAsync(code);
        await learner.CompleteMaterialAsync(code, "m01");
        var outcome = await learner.StartExamAsync(code);
        Assert.Equal(ExamStartStatus.Started, outcome.Status);
        return outcome.AttemptId!.Value;
    }

    /// <summary>The correct option of each question number, as this attempt ordered them (from its ExamStarted event).</summary>
    public static async Task<IReadOnlyList<int>> KeyAsync(IEventJournal journal, Guid attemptId)
    {
        var started = (await journal.ReadStreamAsync(ExamAttemptState.StreamKey(attemptId))).Select(e => e.Data).OfType<ExamStarted>().Single();
        return started.Questions.Select(q => q.CorrectOption).ToList();
    }
}
