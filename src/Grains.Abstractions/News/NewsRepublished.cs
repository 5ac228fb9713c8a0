namespace Mooc.Grains.Abstractions.News;

/// <summary>An admin published a withdrawn news item again ("Terbitkan"), as it was.</summary>
public sealed record NewsRepublished(string Slug, string AdminUsername, string AdminName);
