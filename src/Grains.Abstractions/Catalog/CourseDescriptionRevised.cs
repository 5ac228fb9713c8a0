namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>The published description of a training was changed.</summary>
public sealed record CourseDescriptionRevised(string Code, CourseDescription Description);
