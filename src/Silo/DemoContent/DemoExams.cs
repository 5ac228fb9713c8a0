using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mooc.Grains.Abstractions.Exams;

namespace Mooc.Silo.DemoContent;

/// <summary>
/// The final exams of the demo trainings (manual E): course code → settings and question bank, read from
/// <c>exams/&lt;CODE&gt;.json</c> (embedded here). Every bank is written from that training's own materials
/// (<see cref="DemoMaterials"/>); the answer key stays on the server.
/// </summary>
public static class DemoExams
{
    public const int MinimumOptions = 4;
    public const int MaximumOptions = 5;

    private const string ResourcePrefix = "DemoContent/exams/";
    private const string ResourceSuffix = ".json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static IReadOnlyDictionary<string, ExamDefinition> All { get; } = Load();

    /// <summary>
    /// Reads one training's exam file:
    /// <c>{ "questionsPerAttempt", "durationMinutes", "passingGrade", "maxAttempts", "shuffleQuestions", "shuffleOptions",
    /// "requireAllMaterials", "questions": [ { "id", "text", "options": [...], "correct" } ] }</c>, where <c>correct</c> is the
    /// 0-based index of the one right option. Throws <see cref="InvalidDataException"/> (naming the question where there is one)
    /// for a malformed file: a missing or unknown field, a question without an id or text, fewer than
    /// <see cref="MinimumOptions"/> or more than <see cref="MaximumOptions"/> options, an empty or repeated option,
    /// <c>correct</c> out of range, a repeated id, or settings that cannot be run.
    /// </summary>
    public static ExamDefinition Parse(Stream json)
    {
        ExamFile file;
        try
        {
            file = JsonSerializer.Deserialize<ExamFile>(json, Options)
                ?? throw new InvalidDataException("The exam file is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The exam file is not a valid exam: {e.Message}", e);
        }

        var questions = file.Questions.Select((q, index) => ToQuestion(q, index)).ToList();
        if (questions.Count == 0)
        {
            throw new InvalidDataException("The exam has no questions.");
        }

        var repeated = questions.GroupBy(q => q.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new InvalidDataException($"Question id \"{repeated.Key}\" is used by {repeated.Count()} questions.");
        }

        var settings = new ExamSettings(
            file.QuestionsPerAttempt,
            file.DurationMinutes,
            file.PassingGrade,
            file.MaxAttempts,
            file.ShuffleQuestions,
            file.ShuffleOptions,
            file.RequireAllMaterials);
        CheckSettings(settings, questions.Count);

        return new ExamDefinition(settings, questions);
    }

    private static ExamQuestion ToQuestion(QuestionEntry entry, int index)
    {
        var name = string.IsNullOrWhiteSpace(entry.Id) ? $"#{index + 1}" : entry.Id;
        if (string.IsNullOrWhiteSpace(entry.Id))
        {
            throw new InvalidDataException($"Question {name} has no id.");
        }

        if (string.IsNullOrWhiteSpace(entry.Text))
        {
            throw new InvalidDataException($"Question {name} has no text.");
        }

        var options = entry.Options;
        if (options.Count is < MinimumOptions or > MaximumOptions)
        {
            throw new InvalidDataException(
                $"Question {name} has {options.Count} options; it needs {MinimumOptions} to {MaximumOptions}.");
        }

        var blank = options.ToList().FindIndex(string.IsNullOrWhiteSpace);
        if (blank >= 0)
        {
            throw new InvalidDataException($"Question {name} has an empty option (index {blank}).");
        }

        var duplicate = options
            .GroupBy(o => o.Trim(), StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"Question {name} repeats the option \"{duplicate.Key}\".");
        }

        if (entry.Correct < 0 || entry.Correct >= options.Count)
        {
            throw new InvalidDataException(
                $"Question {name} has correct = {entry.Correct}, outside its {options.Count} options (0 to {options.Count - 1}).");
        }

        return new ExamQuestion(entry.Id, entry.Text, options.ToArray(), entry.Correct);
    }

    private static void CheckSettings(ExamSettings settings, int questionCount)
    {
        if (settings.QuestionsPerAttempt < 1 || settings.QuestionsPerAttempt > questionCount)
        {
            throw new InvalidDataException(
                $"questionsPerAttempt is {settings.QuestionsPerAttempt}; it must be 1 to the {questionCount} questions of the bank.");
        }

        if (settings.DurationMinutes < 1)
        {
            throw new InvalidDataException($"durationMinutes is {settings.DurationMinutes}; it must be positive.");
        }

        if (settings.PassingGrade is < 1 or > 100)
        {
            throw new InvalidDataException($"passingGrade is {settings.PassingGrade}; it must be 1 to 100.");
        }

        if (settings.MaxAttempts < 1)
        {
            throw new InvalidDataException($"maxAttempts is {settings.MaxAttempts}; it must be at least 1.");
        }
    }

    private static Dictionary<string, ExamDefinition> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var all = new Dictionary<string, ExamDefinition>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames()
                     .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(ResourceSuffix, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            var code = name[ResourcePrefix.Length..^ResourceSuffix.Length];
            using var stream = assembly.GetManifestResourceStream(name)!;
            try
            {
                all[code] = Parse(stream);
            }
            catch (InvalidDataException e)
            {
                throw new InvalidDataException($"Embedded resource {name}: {e.Message}", e);
            }
        }

        return all;
    }

    private sealed record ExamFile(
        int QuestionsPerAttempt,
        int DurationMinutes,
        int PassingGrade,
        int MaxAttempts,
        bool ShuffleQuestions,
        bool ShuffleOptions,
        bool RequireAllMaterials,
        IReadOnlyList<QuestionEntry> Questions);

    private sealed record QuestionEntry(string Id, string Text, IReadOnlyList<string> Options, int Correct);
}
