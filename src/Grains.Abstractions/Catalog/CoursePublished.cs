namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>A training was published to the catalogue for the first time.</summary>
public sealed record CoursePublished(string Code, CourseDescription Description);
