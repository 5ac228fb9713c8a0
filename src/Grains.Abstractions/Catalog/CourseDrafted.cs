namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>A new training was saved as a draft: it exists for admins but is not in the catalogue until republished.</summary>
public sealed record CourseDrafted(string Code, CourseDescription Description, string AdminUsername, string AdminName);
