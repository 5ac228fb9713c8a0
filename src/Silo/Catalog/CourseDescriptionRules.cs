using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.Silo.Catalog;

/// <summary>What every saved course description must satisfy, new or revised.</summary>
public static class CourseDescriptionRules
{
    public static void Validate(string code, CourseDescription d)
    {
        if (!CourseState.IsValidCode(code))
        {
            throw new ArgumentException("A course code is 1–40 letters, digits or hyphens.", nameof(code));
        }

        Require(!string.IsNullOrWhiteSpace(d.Title) && d.Title.Length <= CourseState.MaxTitleLength, $"The title is required and at most {CourseState.MaxTitleLength} characters.");
        Require(!string.IsNullOrWhiteSpace(d.Summary) && d.Summary.Length <= CourseState.MaxSummaryLength, $"The summary is required and at most {CourseState.MaxSummaryLength} characters.");
        Require(Enum.IsDefined(d.Level), "The level is not one of Basic, Intermediate, Advanced.");
        Require(d.LessonHours is >= 1 and <= 1000, "Lesson hours (JP) must be between 1 and 1000.");
        Require(!string.IsNullOrWhiteSpace(d.Organiser), "The organiser is required.");
        Require(d.Description is not null && d.Requirements is not null && d.Materials is not null && d.Instructor is not null,
            "Description, requirements, instructor and materials are required (they may be empty lists).");
        Require(d.DurationDays is >= 1 and <= 366, "The duration must be between 1 and 366 days.");
        Require(d.PreviewVideoPath is null || CourseState.IsSitePath(d.PreviewVideoPath), "The preview video is a path on this site (media is not hosted elsewhere).");
        Require(d.Materials!.Select(m => m.Id).Distinct(StringComparer.Ordinal).Count() == d.Materials!.Count, "Material ids must be unique within a course.");
        Require(d.Materials!.All(m => !string.IsNullOrWhiteSpace(m.Id) && !string.IsNullOrWhiteSpace(m.Title) && Enum.IsDefined(m.Kind) && m.Minutes is >= 1 and <= 600),
            "Every material needs an id, a title, a kind and 1–600 minutes.");
        Require(d.Materials!.All(m => CourseState.IsValidCode(m.Id)), "A material id is 1–40 letters, digits or hyphens.");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
