namespace Mooc.Grains.Abstractions.Learning;

/// <summary>A learner enrolled in a training ("Daftar", manual C.5).</summary>
public sealed record LearnerEnrolled(string Username, string CourseCode);
