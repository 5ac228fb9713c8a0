namespace Mooc.Grains.Abstractions.News;

/// <summary>An admin withdrew a news item ("Tarik"): it leaves the home page and the news list, and its page is gone.</summary>
public sealed record NewsWithdrawn(string Slug, string AdminUsername, string AdminName);
