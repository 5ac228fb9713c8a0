namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>One question as the exam hub sends it (no key).</summary>
public sealed record ExamQuestion(int Number, string Text, IReadOnlyList<string> Options);
