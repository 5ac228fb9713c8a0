using Mooc.Grains.Abstractions.Reports;
using Mooc.WebFrontend.Reports;

namespace Mooc.UnitTests.Reports;

public sealed class ExamReportQueryTests
{
    private static readonly IReadOnlySet<string> Codes = new HashSet<string>(StringComparer.Ordinal) { "PLT-IMI-001", "PLT-PAS-002" };

    [Fact]
    public void FullFilter_ShouldBecomeTheGrainFilter()
    {
        var problem = new ExamReportQuery("PLT-IMI-001", "2026-12-01", "2026-12-31", "tidak-lulus", "semua").Validate(Codes, out var filter);

        Assert.Equal(ExamReportProblem.None, problem);
        Assert.Equal(new ExamReportFilter("PLT-IMI-001", new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31), ExamReportStatus.Failed, ExamReportScope.AllAttempts), filter);
    }

    [Fact]
    public void AllTrainingsWithoutDates_ShouldDefaultToFinalResultsOfEveryStatus()
    {
        var problem = new ExamReportQuery("semua", "", null, null, "").Validate(Codes, out var filter);

        Assert.Equal(ExamReportProblem.None, problem);
        Assert.Equal(new ExamReportFilter(null, null, null, ExamReportStatus.All, ExamReportScope.FinalPerLearner), filter);
    }

    [Fact]
    public void SameDayTwice_ShouldBeAccepted()
    {
        Assert.Equal(ExamReportProblem.None, new ExamReportQuery("PLT-PAS-002", "2026-12-01", "2026-12-01", "lulus", "akhir").Validate(Codes, out _));
    }

    [Theory]
    [InlineData(null, null, null, null, null, ExamReportProblem.TrainingMissing)]
    [InlineData(" ", "2026-12-01", null, null, null, ExamReportProblem.TrainingMissing)]
    [InlineData("PLT-XXX-999", null, null, null, null, ExamReportProblem.TrainingUnknown)]
    [InlineData("plt-imi-001", null, null, null, null, ExamReportProblem.TrainingUnknown)]
    [InlineData("PLT-IMI-001", "01-12-2026", null, null, null, ExamReportProblem.FromMalformed)]
    [InlineData("PLT-IMI-001", "2026-02-30", null, null, null, ExamReportProblem.FromMalformed)]
    [InlineData("PLT-IMI-001", null, "besok", null, null, ExamReportProblem.ToMalformed)]
    [InlineData("PLT-IMI-001", "2026-12-02", "2026-12-01", null, null, ExamReportProblem.FromAfterTo)]
    [InlineData("PLT-IMI-001", null, null, "gagal", null, ExamReportProblem.StatusUnknown)]
    [InlineData("semua", null, null, "lulus", "terbaik", ExamReportProblem.ScopeUnknown)]
    public void BadFilter_ShouldNameTheProblemAndGiveNoFilter(string? kode, string? dari, string? sampai, string? status, string? hasil, ExamReportProblem expected)
    {
        var problem = new ExamReportQuery(kode, dari, sampai, status, hasil).Validate(Codes, out var filter);

        Assert.Equal(expected, problem);
        Assert.Null(filter);
    }

    [Fact]
    public void FileName_ShouldCarryTheTrainingAndTheDayInWib()
    {
        // 18:30 UTC on 30 November is already 1 December in Jakarta.
        var now = new DateTimeOffset(2026, 11, 30, 18, 30, 0, TimeSpan.Zero);

        Assert.Equal("hasil-ujian-PLT-IMI-001-20261201.csv", ExamReportFileName.For("PLT-IMI-001", now, "csv"));
        Assert.Equal("hasil-ujian-semua-20261201.xlsx", ExamReportFileName.For(null, now, "xlsx"));
    }
}
