namespace Mooc.Grains.Abstractions.Learning;

/// <summary>A learner finished a material: read a reading to its end or watched at least 90% of a video.</summary>
public sealed record MaterialCompleted(string Username, string CourseCode, string MaterialId);
