using Mooc.Grains.Abstractions.Sittings;

namespace Mooc.Silo.Sittings;

/// <summary>
/// The wave arithmetic: the examinee holding place k (0-based) is in wave k / size + 1 and is admitted at
/// opening + (k / size) × interval, or at once when that moment has passed.
/// </summary>
public static class SittingWaves
{
    public static int Wave(ExamSittingPlan plan, int place) => place / Math.Max(1, plan.WaveSize) + 1;

    public static DateTimeOffset AdmitAt(ExamSittingPlan plan, int place) =>
        plan.OpensAt + TimeSpan.FromSeconds((long)(Wave(plan, place) - 1) * plan.WaveIntervalSeconds);
}
