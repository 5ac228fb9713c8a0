using System.Text;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Silo.DemoContent;

namespace Mooc.UnitTests.DemoContent;

/// <summary>
/// Every demo training (<see cref="DemoCourses"/>) has a final exam in <see cref="DemoExams"/> that can be run as manual E
/// describes: a bank big enough to draw attempts from, well-formed multiple-choice questions with one answer each, answer
/// positions that do not give the key away, and sensible settings; and a malformed bank is refused.
/// </summary>
public sealed class DemoExamsTests
{
    private const int MinimumQuestions = 20;
    private const double MaximumShareOfOnePosition = 0.40;

    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var code in DemoCourses.All.Keys.Order(StringComparer.Ordinal))
        {
            data.Add(code);
        }

        return data;
    }

    [Fact]
    public void EveryDemoCourse_ShouldHaveAnExam_AndNoExamShouldBelongToAnUnknownCourse()
    {
        Assert.True(
            DemoExams.All.Count > 0,
            "No embedded DemoContent/exams/*.json: is the EmbeddedResource line for them in src/Silo/Silo.csproj?");

        Assert.Equal(DemoCourses.All.Keys.Order(StringComparer.Ordinal), DemoExams.All.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EachBank_ShouldHaveEnoughWellFormedQuestions(string code)
    {
        var exam = Exam(code);

        Assert.True(exam.Questions.Count >= MinimumQuestions, $"{code} has {exam.Questions.Count} questions, fewer than {MinimumQuestions}.");
        Assert.Equal(exam.Questions.Count, exam.Questions.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(exam.Questions, q =>
        {
            var where = $"{code} {q.Id}";
            Assert.False(string.IsNullOrWhiteSpace(q.Text), $"{where} has no text.");
            Assert.InRange(q.Options.Count, DemoExams.MinimumOptions, DemoExams.MaximumOptions);
            Assert.InRange(q.CorrectOption, 0, q.Options.Count - 1);
            Assert.All(q.Options, o => Assert.False(string.IsNullOrWhiteSpace(o), $"{where} has an empty option."));
            Assert.Equal(q.Options.Count, q.Options.Select(o => o.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        });
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EachBank_ShouldNotOfferCatchAllOptions(string code)
    {
        string[] catchAll = ["semua benar", "semua salah", "semua jawaban", "tidak ada jawaban"];

        Assert.All(Exam(code).Questions, q => Assert.All(q.Options, o => Assert.DoesNotContain(
            catchAll, phrase => o.Contains(phrase, StringComparison.OrdinalIgnoreCase))));
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EachBank_ShouldSpreadTheCorrectPositions(string code)
    {
        var questions = Exam(code).Questions;
        var busiest = questions.GroupBy(q => q.CorrectOption).MaxBy(g => g.Count())!;

        Assert.True(
            busiest.Count() <= MaximumShareOfOnePosition * questions.Count,
            $"{code}: {busiest.Count()} of {questions.Count} answers are option {busiest.Key}, more than {MaximumShareOfOnePosition:P0}.");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void EachExam_ShouldHaveSensibleSettings(string code)
    {
        var exam = Exam(code);
        var settings = exam.Settings;

        Assert.InRange(settings.QuestionsPerAttempt, 1, exam.Questions.Count);
        Assert.InRange(settings.DurationMinutes, 5, 180);
        Assert.InRange(settings.PassingGrade, 1, 100);
        Assert.True(settings.MaxAttempts >= 1, $"{code} allows {settings.MaxAttempts} attempts.");
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void ExamFilesInTheRepository_ShouldParseLikeTheEmbeddedOnes(string code)
    {
        var path = Path.Combine(RepoRoot(), "src", "Silo", "DemoContent", "exams", code + ".json");
        Assert.True(File.Exists(path), $"{path} is missing.");

        using var stream = File.OpenRead(path);
        var parsed = DemoExams.Parse(stream);

        var embedded = Exam(code);
        Assert.Equal(embedded.Settings, parsed.Settings);
        Assert.Equal(embedded.Questions.Select(q => q.Id), parsed.Questions.Select(q => q.Id));
        Assert.Equal(embedded.Questions.Select(q => q.CorrectOption), parsed.Questions.Select(q => q.CorrectOption));
    }

    [Fact]
    public void Parse_ShouldReadAWellFormedBank()
    {
        var exam = Parse(Bank(Question("q01", ["A", "B", "C", "D"], 2), Question("q02", ["A", "B", "C", "D", "E"], 4)));

        Assert.Equal(new ExamSettings(1, 20, 70, 3, true, true, true), exam.Settings);
        Assert.Equal(["q01", "q02"], exam.Questions.Select(q => q.Id));
        Assert.Equal(2, exam.Questions[0].CorrectOption);
        Assert.Equal(5, exam.Questions[1].Options.Count);
    }

    public static TheoryData<string, string> MalformedBanks() => new()
    {
        { Bank(Question("q07", ["A", "B", "C"], 0)), "q07" },
        { Bank(Question("q07", ["A", "B", "C", "D", "E", "F"], 0)), "q07" },
        { Bank(Question("q07", ["A", "B", "C", "D"], 4)), "q07" },
        { Bank(Question("q07", ["A", "B", "C", "D"], -1)), "q07" },
        { Bank(Question("q07", ["A", "B", "C", "b "], 0)), "q07" },
        { Bank(Question("q07", ["A", "B", "C", "D"], 0), Question("q07", ["E", "F", "G", "H"], 1)), "q07" },
        { Bank(Question("q07", ["A", "B", "", "D"], 0)), "q07" },
        { Bank(Question("", ["A", "B", "C", "D"], 0)), "#1" },
        { """{ "questionsPerAttempt": 1, "durationMinutes": 20, "passingGrade": 70, "maxAttempts": 3, "shuffleQuestions": true, "shuffleOptions": true, "requireAllMaterials": true, "questions": [ { "id": "q07", "text": "?", "options": ["A", "B", "C", "D"] } ] }""", "correct" },
    };

    [Theory]
    [MemberData(nameof(MalformedBanks))]
    public void Parse_ShouldRejectAMalformedBank_NamingWhatIsWrong(string json, string named)
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(json));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ShouldRejectMoreQuestionsPerAttemptThanTheBankHolds()
    {
        var json = Bank(Question("q01", ["A", "B", "C", "D"], 0)).Replace("\"questionsPerAttempt\": 1", "\"questionsPerAttempt\": 2", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => Parse(json));
        Assert.Contains("questionsPerAttempt", error.Message, StringComparison.Ordinal);
    }

    private static ExamDefinition Exam(string code)
    {
        Assert.True(DemoExams.All.TryGetValue(code, out var exam), $"{code} has no exam.");
        return exam!;
    }

    private static ExamDefinition Parse(string json)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return DemoExams.Parse(stream);
    }

    private static string Bank(params string[] questions) =>
        $$"""{ "questionsPerAttempt": 1, "durationMinutes": 20, "passingGrade": 70, "maxAttempts": 3, "shuffleQuestions": true, "shuffleOptions": true, "requireAllMaterials": true, "questions": [ {{string.Join(", ", questions)}} ] }""";

    private static string Question(string id, string[] options, int correct) =>
        $$"""{ "id": "{{id}}", "text": "Pertanyaan {{id}}", "options": [ {{string.Join(", ", options.Select(o => $"\"{o}\""))}} ], "correct": {{correct}} }""";

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Mooc.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Mooc.sln above {AppContext.BaseDirectory}.");
    }
}
