using Mooc.Grains.Abstractions.Integrity;

namespace Mooc.Grains.Abstractions.Exams;

/// <summary>The final-exam settings of a training (manual E; "Nilai Kelulusan" is <see cref="PassingGrade"/>).</summary>
/// <param name="Integrity">What the exam does about proctoring incidents (older settings: record only).</param>
/// <param name="IncidentLimit">Under <see cref="IntegrityPolicy.SubmitAtLimit"/>: the incident that ends the attempt (1–50).</param>
[GenerateSerializer, Immutable]
public sealed record ExamSettings(
    [property: Id(0)] int QuestionsPerAttempt,
    [property: Id(1)] int DurationMinutes,
    [property: Id(2)] int PassingGrade,
    [property: Id(3)] int MaxAttempts,
    [property: Id(4)] bool ShuffleQuestions,
    [property: Id(5)] bool ShuffleOptions,
    [property: Id(6)] bool RequireAllMaterials,
    [property: Id(7)] IntegrityPolicy Integrity = IntegrityPolicy.RecordOnly,
    [property: Id(8)] int IncidentLimit = 0)
{
    public const int MaxIncidentLimit = 50;
}
