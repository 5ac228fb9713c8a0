using Mooc.Silo.EventStore;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Integrity;
using Mooc.Silo.Publishing;

namespace Mooc.Silo.Catalog;

/// <summary>A course as rebuilt from its stream, and the rules for publishing it.</summary>
public sealed partial class CourseState : IStreamState
{
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 1000;

    public long Version { get; private set; }

    public CourseDescription? Description { get; private set; }

    public IReadOnlyDictionary<string, MaterialContent> Materials => _materials;

    public ExamDefinition? Exam { get; private set; }

    /// <summary>How many times the exam was published or replaced (0: no exam yet).</summary>
    public int ExamRevision { get; private set; }

    /// <summary>The admin who published the current exam; null when the system did (seeder, tests).</summary>
    public ContentEditor? ExamEditedBy { get; private set; }

    private readonly Dictionary<string, MaterialContent> _materials = new(StringComparer.Ordinal);

    public static string StreamKey(string code) => $"course:{code}";

    public void Apply(object @event)
    {
        switch (@event)
        {
            case CoursePublished e:
                SetDescription(e.Description);
                Status = CourseStatus.Published;
                break;
            case CourseDrafted e:
                SetDescription(e.Description);
                Status = CourseStatus.Draft;
                break;
            case CourseDescriptionRevised e:
                SetDescription(e.Description);
                break;
            case CourseWithdrawn:
                Status = CourseStatus.Withdrawn;
                break;
            case CourseRepublished:
                Status = CourseStatus.Published;
                break;
            case CourseMaterialPublished e:
                _materials[e.MaterialId] = e.Content;
                break;
            case CourseExamPublished e:
                Exam = e.Exam;
                ExamRevision++;
                ExamEditedBy = e.AdminUsername is null ? null : new ContentEditor(e.AdminUsername, e.AdminName ?? e.AdminUsername);
                break;
        }

        Version++;
    }

    /// <summary>
    /// The event that publishing the final exam produces: none when it is the same. Without an <paramref name="editor"/>
    /// (the system: demo seeder, tests) an exam an admin has edited is left as the admin made it.
    /// </summary>
    /// <exception cref="ExamRefusedException">A rule is broken, or <paramref name="expectedRevision"/> is not the current one.</exception>
    public IReadOnlyList<object> DecidePublishExam(string code, ExamDefinition exam, ContentEditor? editor = null, int? expectedRevision = null)
    {
        Refuse(Description is not null, ExamRule.CourseNotPublished, null, "Publish the training before its exam.");
        Refuse(expectedRevision is null || expectedRevision == ExamRevision, ExamRule.Stale, null, "The exam was changed by someone else since it was read.");
        var s = exam.Settings;
        Refuse(s.DurationMinutes is >= 1 and <= 600, ExamRule.Duration, null, "The exam duration must be 1–600 minutes.");
        Refuse(s.PassingGrade is >= 1 and <= 100, ExamRule.PassingGrade, null, "The passing grade (Nilai Kelulusan) must be 1–100.");
        Refuse(s.MaxAttempts is >= 1 and <= 20, ExamRule.MaxAttempts, null, "Maximum attempts must be 1–20.");
        Refuse(Enum.IsDefined(s.Integrity) && (s.Integrity != IntegrityPolicy.SubmitAtLimit || s.IncidentLimit is >= 1 and <= ExamSettings.MaxIncidentLimit),
            ExamRule.IncidentLimit, null, $"Ending at an incident limit needs a limit of 1–{ExamSettings.MaxIncidentLimit}.");
        Refuse(exam.Questions.Count >= 1 && s.QuestionsPerAttempt >= 1 && s.QuestionsPerAttempt <= exam.Questions.Count, ExamRule.QuestionsPerAttempt, null,
            "Questions per attempt must be between 1 and the number of questions in the bank.");
        var duplicate = exam.Questions.GroupBy(q => q.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        Refuse(duplicate is null, ExamRule.DuplicateQuestionId, duplicate?.Key, "Question ids must be unique.");
        foreach (var q in exam.Questions)
        {
            Refuse(ExamQuestion.IsValidId(q.Id), ExamRule.QuestionId, q.Id, $"Question '{q.Id}' needs an id of 1–40 letters, digits, hyphens or underscores.");
            Refuse(!string.IsNullOrWhiteSpace(q.Text) && q.Text.Length <= ExamQuestion.MaxTextLength, ExamRule.QuestionText, q.Id, $"Question '{q.Id}' needs a text of at most 4,000 characters.");
            Refuse(q.Options.Count is >= ExamQuestion.MinOptions and <= ExamQuestion.MaxOptions && q.Options.All(o => !string.IsNullOrWhiteSpace(o) && o.Length <= ExamQuestion.MaxOptionLength),
                ExamRule.Options, q.Id, $"Question '{q.Id}' needs 4 or 5 non-empty options of at most 1,000 characters.");
            Refuse(q.CorrectOption >= 0 && q.CorrectOption < q.Options.Count, ExamRule.CorrectOption, q.Id, $"Question '{q.Id}' marks an option that does not exist as correct.");
        }

        if (Exam is not null && (editor is null && ExamEditedBy is not null || PublishDecision.SameContent(Exam, exam)))
        {
            return [];
        }

        return [new CourseExamPublished(code, exam, editor?.Username, editor?.Name)];
    }

    /// <summary>The event that publishing a material's body produces: none when it is the same.</summary>
    public IReadOnlyList<object> DecidePublishMaterial(string code, string materialId, MaterialContent content, ContentEditor? editor = null)
    {
        var outline = Description?.Materials.FirstOrDefault(m => m.Id == materialId)
            ?? throw new ArgumentException($"Material '{materialId}' is not in the published list of materials of {code}.", nameof(materialId));
        var fits = outline.Kind switch
        {
            MaterialKind.Reading => !string.IsNullOrWhiteSpace(content.Markdown) && content.Markdown.Length <= 100_000 && content.VideoPath is null,
            MaterialKind.Video => IsSitePath(content.VideoPath) && content.VideoSeconds is > 0 and <= 4 * 3600 && content.Markdown is null,
            _ => false,
        };
        Require(fits, $"Material '{materialId}' is a {outline.Kind}: a reading needs Markdown (≤100,000 characters), a video a path on this site and its length.");
        var current = _materials.GetValueOrDefault(materialId);
        return current is not null && PublishDecision.SameContent(current, content) ? [] : [new CourseMaterialPublished(code, materialId, content, editor?.Username, editor?.Name)];
    }

    /// <summary>
    /// The events that publishing <paramref name="proposed"/> produces: none when nothing changes. A new course saved
    /// <paramref name="asDraft"/> is drafted (hidden); a revision keeps the course's status.
    /// </summary>
    public IReadOnlyList<object> DecidePublish(string code, CourseDescription proposed, ContentEditor? editor = null, bool asDraft = false)
    {
        CourseDescriptionRules.Validate(code, proposed);
        if (Description is not null)
        {
            var retired = RetiredMaterialIds.Where(id => proposed.Materials.Any(m => m.Id == id)).ToList();
            Require(retired.Count == 0, $"Material ids once removed are not used again: {string.Join(", ", retired)}.");
            var changedKind = proposed.Materials
                .Where(m => _materials.TryGetValue(m.Id, out var body) && KindOf(body) != m.Kind)
                .Select(m => m.Id).ToList();
            Require(changedKind.Count == 0, $"Materials with content cannot change kind: {string.Join(", ", changedKind)}.");
        }

        if (Description is null && asDraft)
        {
            Require(editor is not null, "A draft is saved by an admin.");
            return [new CourseDrafted(code, proposed, editor!.Username, editor.Name)];
        }

        return PublishDecision.Decide(
            Description, proposed,
            () => new CoursePublished(code, proposed, editor?.Username, editor?.Name),
            () => new CourseDescriptionRevised(code, proposed, editor?.Username, editor?.Name));
    }

    public static bool IsSitePath(string? path) =>
        path is { Length: > 1 and <= 300 } && path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !path.Contains("..", StringComparison.Ordinal);

    public static bool IsValidCode(string? code) =>
        !string.IsNullOrWhiteSpace(code) && code.Length <= 40 && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private static void Refuse(bool condition, ExamRule rule, string? questionId, string message)
    {
        if (!condition)
        {
            throw new ExamRefusedException(rule, questionId, message);
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
