using Mooc.Silo.EventStore;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Silo.Publishing;

namespace Mooc.Silo.Catalog;

/// <summary>A course as rebuilt from its stream, and the rules for publishing it.</summary>
public sealed class CourseState : IStreamState
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
            CoursePublished e => e.Description,
            CourseDescriptionRevised e => e.Description,
            _ => Description,
        };
        Version++;
    }

    /// <summary>The events that publishing <paramref name="proposed"/> produces: none when nothing changes.</summary>
    public IReadOnlyList<object> DecidePublish(string code, CourseDescription proposed)
    {
        Validate(code, proposed);
        return PublishDecision.Decide(Description, proposed, () => new CoursePublished(code, proposed), () => new CourseDescriptionRevised(code, proposed));
    }

    private static void Validate(string code, CourseDescription d)
    {
        if (!IsValidCode(code))
        {
            throw new ArgumentException("A course code is 1–40 letters, digits or hyphens.", nameof(code));
        }

        Require(!string.IsNullOrWhiteSpace(d.Title) && d.Title.Length <= MaxTitleLength, $"The title is required and at most {MaxTitleLength} characters.");
        Require(!string.IsNullOrWhiteSpace(d.Summary) && d.Summary.Length <= MaxSummaryLength, $"The summary is required and at most {MaxSummaryLength} characters.");
        Require(Enum.IsDefined(d.Level), "The level is not one of Basic, Intermediate, Advanced.");
        Require(d.LessonHours is >= 1 and <= 1000, "Lesson hours (JP) must be between 1 and 1000.");
        Require(!string.IsNullOrWhiteSpace(d.Organiser), "The organiser is required.");
        Require(d.Description is not null && d.Requirements is not null && d.Materials is not null && d.Instructor is not null,
            "Description, requirements, instructor and materials are required (they may be empty lists).");
        Require(d.DurationDays is >= 1 and <= 366, "The duration must be between 1 and 366 days.");
        Require(d.PreviewVideoPath is null || (d.PreviewVideoPath.StartsWith('/') && !d.PreviewVideoPath.StartsWith("//", StringComparison.Ordinal) && d.PreviewVideoPath.Length <= 300),
            "The preview video is a path on this site (media is not hosted elsewhere).");
        Require(d.Materials!.Select(m => m.Id).Distinct(StringComparer.Ordinal).Count() == d.Materials!.Count, "Material ids must be unique within a course.");
        Require(d.Materials!.All(m => !string.IsNullOrWhiteSpace(m.Id) && !string.IsNullOrWhiteSpace(m.Title) && Enum.IsDefined(m.Kind) && m.Minutes is >= 1 and <= 600),
            "Every material needs an id, a title, a kind and 1–600 minutes.");
    }

    public static bool IsValidCode(string? code) =>
        !string.IsNullOrWhiteSpace(code) && code.Length <= 40 && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
