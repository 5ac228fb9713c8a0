namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>The published description of a training was changed; the admin is absent on events from before the editor.</summary>
public sealed record CourseDescriptionRevised(string Code, CourseDescription Description, string? AdminUsername = null, string? AdminName = null);
