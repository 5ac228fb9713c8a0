namespace Mooc.Grains.Abstractions.Exams;

/// <summary>
/// A training's final exam (settings and question bank) was published or replaced. <see cref="AdminUsername"/> and
/// <see cref="AdminName"/> name the admin who edited it; they are null for content published by the system (the demo
/// seeder, older events written before admins could edit exams).
/// </summary>
public sealed record CourseExamPublished(string Code, ExamDefinition Exam, string? AdminUsername = null, string? AdminName = null);
