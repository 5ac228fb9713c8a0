namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>A training was published to the catalogue for the first time; the admin is absent on events from before the editor.</summary>
public sealed record CoursePublished(string Code, CourseDescription Description, string? AdminUsername = null, string? AdminName = null);
