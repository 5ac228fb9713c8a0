using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.Silo.Catalog;

/// <summary>A course as rebuilt from its stream, and the rule for what publishing it again means.</summary>
public sealed class CourseState
{
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 1000;

    public long Version { get; private set; }

    public CourseDescription? Description { get; private set; }

    public static string StreamKey(string code) => $"course:{code}";

    public void Apply(object @event)
    {
        Description = @event switch
        {
            CoursePublished e => new CourseDescription(e.Title, e.Summary, e.Level, e.LessonHours, e.HasCertificate, e.Organiser),
            CourseDescriptionRevised e => new CourseDescription(e.Title, e.Summary, e.Level, e.LessonHours, e.HasCertificate, e.Organiser),
            _ => Description,
        };
        Version++;
    }

    /// <summary>The events that publishing <paramref name="proposed"/> produces: none when nothing changes.</summary>
    public IReadOnlyList<object> DecidePublish(string code, CourseDescription proposed)
    {
        Validate(code, proposed);
        var d = proposed;
        if (Description is null)
        {
            return [new CoursePublished(code, d.Title, d.Summary, d.Level, d.LessonHours, d.HasCertificate, d.Organiser)];
        }

        return Description == proposed
            ? []
            : [new CourseDescriptionRevised(code, d.Title, d.Summary, d.Level, d.LessonHours, d.HasCertificate, d.Organiser)];
    }

    private static void Validate(string code, CourseDescription d)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 40 || code.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            throw new ArgumentException("A course code is 1–40 letters, digits or hyphens.", nameof(code));
        }

        Require(!string.IsNullOrWhiteSpace(d.Title) && d.Title.Length <= MaxTitleLength, $"The title is required and at most {MaxTitleLength} characters.");
        Require(!string.IsNullOrWhiteSpace(d.Summary) && d.Summary.Length <= MaxSummaryLength, $"The summary is required and at most {MaxSummaryLength} characters.");
        Require(Enum.IsDefined(d.Level), "The level is not one of Basic, Intermediate, Advanced.");
        Require(d.LessonHours is >= 1 and <= 1000, "Lesson hours (JP) must be between 1 and 1000.");
        Require(!string.IsNullOrWhiteSpace(d.Organiser), "The organiser is required.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
