namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>An admin put a draft or withdrawn training (back) into the catalogue.</summary>
public sealed record CourseRepublished(string Code, string AdminUsername, string AdminName, string Reason);
