namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>An admin took a training out of the catalogue; enrolled learners keep it.</summary>
public sealed record CourseWithdrawn(string Code, string AdminUsername, string AdminName, string Reason);
