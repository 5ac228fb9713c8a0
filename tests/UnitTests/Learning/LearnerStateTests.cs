using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Learning;
using Mooc.Silo.Learning;

namespace Mooc.UnitTests.Learning;

public sealed class LearnerStateTests
{
    [Fact]
    public void Events_ShouldGiveProgressPerTraining()
    {
        var state = Rebuilt(
            new LearnerEnrolled("ani", "A"),
            new LearnerEnrolled("ani", "B"),
            new MaterialCompleted("ani", "A", "m01"),
            new MaterialCompleted("ani", "A", "m02"),
            new TrainingCompleted("ani", "A", true, 90, Guid.NewGuid(), "7K3Q-9XHT-2MVA-PD4E"));

        var a = state.Progress("A");
        Assert.Equal((true, true, (bool?)true, (int?)90), (a.IsEnrolled, a.IsCompleted, a.Passed, a.Score));
        Assert.Equal("7K3Q-9XHT-2MVA-PD4E", a.CertificateNumber);
        Assert.Null(state.Progress("B").CertificateNumber);
        Assert.Equal(["m01", "m02"], a.CompletedMaterialIds.Order());
        Assert.False(state.Progress("B").IsCompleted);
        Assert.False(state.Progress("C").IsEnrolled);
        Assert.Equal(5, state.Version);
    }

    [Fact]
    public void MaterialOfATrainingNotFollowed_ShouldBeIgnoredButStillCountAsAVersion()
    {
        var state = Rebuilt(new MaterialCompleted("ani", "X", "m01"));

        Assert.False(state.Progress("X").IsEnrolled);
        Assert.Equal(1, state.Version);
    }

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(1, 3, 33)]
    [InlineData(3, 3, 100)]
    [InlineData(5, 3, 100)]
    public void ProgressPercent_ShouldBeAWholeNumberFrom0To100(int completed, int total, int expected)
    {
        var row = new LearnerTrainingRow("A", "Judul", 10, DateTimeOffset.UnixEpoch, completed, total, TrainingStatus.Active, null, null, null, null);

        Assert.Equal(expected, row.ProgressPercent);
    }

    [Fact]
    public void DashboardProjection_ShouldMoveACompletedTrainingFromActiveToCompleted()
    {
        var totals = new LearnerDashboard();

        LearnerDashboardProjection.Apply(new LearnerEnrolled("ani", "A"), totals);
        LearnerDashboardProjection.Apply(new LearnerEnrolled("ani", "B"), totals);
        LearnerDashboardProjection.Apply(new TrainingCompleted("ani", "A", false, 40, Guid.NewGuid()), totals);

        Assert.Equal(("ani", 2, 1, 1), (totals.Id, totals.Followed, totals.Active, totals.Completed));
        Assert.Equal(totals.Followed, totals.Active + totals.Completed);
    }

    [Fact]
    public void ReopenedAttemptThatEndedTheTraining_ShouldOpenAgainAndMakeTheTrainingActive()
    {
        var first = Guid.NewGuid();
        var last = Guid.NewGuid();
        var state = Rebuilt(
            new LearnerEnrolled("ani", "A"),
            new ExamAttemptOpened("ani", "A", first, 1), new ExamAttemptClosed("ani", "A", first, 40, false),
            new ExamAttemptOpened("ani", "A", last, 2), new ExamAttemptClosed("ani", "A", last, 30, false),
            new TrainingCompleted("ani", "A", false, 30, last));

        Assert.Equal("Peserta sudah memulai percobaan berikutnya; hanya percobaan terakhir yang dapat dibuka kembali.", state.DecideReopen("ani", "A", first, 1).Refusal);
        Assert.Equal("Peserta tidak terdaftar pada pelatihan ini.", state.DecideReopen("ani", "B", last, 2).Refusal);
        var (events, refusal) = state.DecideReopen("ani", "A", last, 2);
        Assert.Null(refusal);
        var reopened = Assert.IsType<ExamAttemptReopened>(Assert.Single(events));
        Assert.True(reopened.CompletionUndone);
        state.Apply(reopened);

        var course = state.Course("A")!;
        Assert.Equal((last, false, (bool?)null), (course.OpenAttempt, course.IsCompleted, course.Passed));
        Assert.Empty(state.DecideReopen("ani", "A", last, 2).Events);
        Assert.Equal("Peserta sedang mengerjakan percobaan lain pada pelatihan ini.", state.DecideReopen("ani", "A", first, 1).Refusal);

        var totals = new LearnerDashboard();
        LearnerDashboardProjection.Apply(new LearnerEnrolled("ani", "A"), totals);
        LearnerDashboardProjection.Apply(new TrainingCompleted("ani", "A", false, 30, last), totals);
        LearnerDashboardProjection.Apply(reopened, totals);
        Assert.Equal((1, 1, 0), (totals.Followed, totals.Active, totals.Completed));
    }

    private static LearnerState Rebuilt(params object[] events)
    {
        var state = new LearnerState();
        foreach (var e in events)
        {
            state.Apply(e);
        }

        return state;
    }
}
