namespace Mooc.Grains.Abstractions.Exams;

/// <summary>A training's final exam (settings and question bank) was published or replaced.</summary>
public sealed record CourseExamPublished(string Code, ExamDefinition Exam);
