using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Integrity;
using Mooc.Silo.Catalog;

namespace Mooc.UnitTests.Catalog;

/// <summary>The exam rules of <see cref="CourseState.DecidePublishExam"/>: each refusal names its rule, admins are recorded, an admin's edit outlives the seeder.</summary>
public sealed class CourseExamRulesTests
{
    private const string Code = "PLT-UJI-001";
    private static readonly ContentEditor Admin = new("admin", "Administrator MOOC");

    private static readonly CourseDescription Course = new(
        "Uji", "Ringkas.", CourseLevel.Basic, 8, true, "BPSDM", "Deskripsi.", [], new InstructorProfile("A", "B", "C"), [], 7, null);

    private static readonly ExamDefinition Exam = new(
        new ExamSettings(2, 20, 70, 3, true, true, true),
        [new("q01", "Satu?", ["A", "B", "C", "D"], 0), new("q02", "Dua?", ["A", "B", "C", "D", "E"], 4)]);

    public static TheoryData<ExamDefinition, ExamRule, string?> BrokenRules => new()
    {
        { Exam with { Settings = Exam.Settings with { DurationMinutes = 0 } }, ExamRule.Duration, null },
        { Exam with { Settings = Exam.Settings with { PassingGrade = 101 } }, ExamRule.PassingGrade, null },
        { Exam with { Settings = Exam.Settings with { MaxAttempts = 21 } }, ExamRule.MaxAttempts, null },
        { Exam with { Settings = Exam.Settings with { Integrity = IntegrityPolicy.SubmitAtLimit, IncidentLimit = 0 } }, ExamRule.IncidentLimit, null },
        { Exam with { Settings = Exam.Settings with { Integrity = IntegrityPolicy.SubmitAtLimit, IncidentLimit = 51 } }, ExamRule.IncidentLimit, null },
        { Exam with { Settings = Exam.Settings with { Integrity = (IntegrityPolicy)7 } }, ExamRule.IncidentLimit, null },
        { Exam with { Settings = Exam.Settings with { QuestionsPerAttempt = 3 } }, ExamRule.QuestionsPerAttempt, null },
        { Exam with { Questions = [Exam.Questions[0], Exam.Questions[0]] }, ExamRule.DuplicateQuestionId, "q01" },
        { Exam with { Questions = [Exam.Questions[0], Exam.Questions[1] with { Id = "q 2" }] }, ExamRule.QuestionId, "q 2" },
        { Exam with { Questions = [Exam.Questions[0], Exam.Questions[1] with { Text = " " }] }, ExamRule.QuestionText, "q02" },
        { Exam with { Questions = [Exam.Questions[0], Exam.Questions[1] with { Options = ["A", "B", "C"], CorrectOption = 0 }] }, ExamRule.Options, "q02" },
        { Exam with { Questions = [Exam.Questions[0], Exam.Questions[1] with { Options = ["A", "", "C", "D"], CorrectOption = 0 }] }, ExamRule.Options, "q02" },
        { Exam with { Questions = [Exam.Questions[0], Exam.Questions[1] with { CorrectOption = 5 }] }, ExamRule.CorrectOption, "q02" },
    };

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public void BrokenRule_ShouldBeRefusedNamingTheRuleAndQuestion(ExamDefinition exam, ExamRule rule, string? questionId)
    {
        var refused = Assert.Throws<ExamRefusedException>(() => Published().DecidePublishExam(Code, exam, Admin, 1));

        Assert.Equal((rule, questionId), (refused.Rule, refused.QuestionId));
    }

    [Fact]
    public void ExamOfAnUnpublishedTraining_ShouldBeRefused()
    {
        Assert.Equal(ExamRule.CourseNotPublished, Assert.Throws<ExamRefusedException>(() => new CourseState().DecidePublishExam(Code, Exam, Admin, 0)).Rule);
    }

    [Fact]
    public void AdminEdit_ShouldNameTheAdminAndBumpTheRevision()
    {
        var state = Published();
        var edited = Exam with { Settings = Exam.Settings with { PassingGrade = 80 } };

        var e = Assert.IsType<CourseExamPublished>(Assert.Single(state.DecidePublishExam(Code, edited, Admin, 1)));
        state.Apply(e);

        Assert.Equal(("admin", "Administrator MOOC"), (e.AdminUsername, e.AdminName));
        Assert.Equal((2, Admin), (state.ExamRevision, state.ExamEditedBy));
        Assert.Equal(80, state.Exam!.Settings.PassingGrade);
    }

    [Fact]
    public void EditAgainstAnOldRevision_ShouldBeRefusedAsStale()
    {
        Assert.Equal(ExamRule.Stale, Assert.Throws<ExamRefusedException>(() => Published().DecidePublishExam(Code, Exam, Admin, 0)).Rule);
    }

    [Fact]
    public void SystemPublishAfterAnAdminEdit_ShouldChangeNothing()
    {
        var state = Published();
        state.Apply(new CourseExamPublished(Code, Exam with { Settings = Exam.Settings with { PassingGrade = 80 } }, "admin", "Administrator MOOC"));

        Assert.Empty(state.DecidePublishExam(Code, Exam));
        Assert.NotEmpty(Published().DecidePublishExam(Code, Exam with { Settings = Exam.Settings with { PassingGrade = 90 } }));
    }

    [Fact]
    public void EventWithoutAdmin_ShouldLoadAsSystemPublished()
    {
        var state = Published();

        Assert.Null(state.ExamEditedBy);
        Assert.Equal(1, state.ExamRevision);
    }

    private static CourseState Published()
    {
        var state = new CourseState();
        state.Apply(new CoursePublished(Code, Course));
        state.Apply(new CourseExamPublished(Code, Exam));
        return state;
    }
}
