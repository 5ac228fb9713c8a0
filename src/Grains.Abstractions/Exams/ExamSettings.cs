namespace Mooc.Grains.Abstractions.Exams;

/// <summary>The final-exam settings of a training (manual E; "Nilai Kelulusan" is <see cref="PassingGrade"/>).</summary>
[GenerateSerializer, Immutable]
public sealed record ExamSettings(
    [property: Id(0)] int QuestionsPerAttempt,
    [property: Id(1)] int DurationMinutes,
    [property: Id(2)] int PassingGrade,
    [property: Id(3)] int MaxAttempts,
    [property: Id(4)] bool ShuffleQuestions,
    [property: Id(5)] bool ShuffleOptions,
    [property: Id(6)] bool RequireAllMaterials);
