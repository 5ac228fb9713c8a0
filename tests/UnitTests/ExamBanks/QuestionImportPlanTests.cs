using Mooc.Grains.Abstractions.Exams;
using Mooc.WebFrontend.ExamBanks;

namespace Mooc.UnitTests.ExamBanks;

public sealed class QuestionImportPlanTests
{
    private static readonly IReadOnlyList<ExamQuestion> Bank =
    [
        new("q01", "Satu?", ["A", "B", "C", "D"], 0),
        new("q02", "Dua?", ["A", "B", "C", "D"], 1),
        new("q07", "Tujuh?", ["A", "B", "C", "D"], 2),
    ];

    [Fact]
    public void Append_ShouldReplaceByIdInPlaceKeepUnchangedAndAddNewWithFreshIds()
    {
        QuestionCsvRow[] rows =
        [
            new(2, "q02", "Dua, diperbaiki?", ["A", "B", "C", "D"], 3),
            new(3, "q01", "Satu?", ["A", "B", "C", "D"], 0),
            new(4, null, "Baru?", ["A", "B", "C", "D", "E"], 4),
            new(5, "x-1", "Baru dengan id?", ["A", "B", "C", "D"], 0),
        ];

        var (bank, summary) = QuestionImportPlan.Apply(Bank, rows, QuestionImportMode.Append);

        Assert.Equal(["q01", "q02", "q07", "q08", "x-1"], bank.Select(q => q.Id));
        Assert.Equal("Dua, diperbaiki?", bank[1].Text);
        Assert.Same(Bank[0], bank[0]);
        Assert.Equal(new QuestionImportSummary(2, 1, 1, 0, 5), summary);
    }

    [Fact]
    public void ReplaceAll_ShouldMakeTheFileTheBankAndNeverReuseAnOldId()
    {
        QuestionCsvRow[] rows = [new(2, "q02", "Dua?", ["A", "B", "C", "D"], 1), new(3, null, "Baru?", ["A", "B", "C", "D"], 0)];

        var (bank, summary) = QuestionImportPlan.Apply(Bank, rows, QuestionImportMode.ReplaceAll);

        Assert.Equal(["q02", "q08"], bank.Select(q => q.Id));
        Assert.Equal(new QuestionImportSummary(1, 0, 1, 2, 2), summary);
    }

    [Fact]
    public void IntoAnEmptyBank_ShouldNumberNewQuestionsFromOne()
    {
        var (bank, _) = QuestionImportPlan.Apply([], [new(2, null, "A?", ["A", "B", "C", "D"], 0), new(3, null, "B?", ["A", "B", "C", "D"], 0)], QuestionImportMode.Append);

        Assert.Equal(["q01", "q02"], bank.Select(q => q.Id));
    }
}
