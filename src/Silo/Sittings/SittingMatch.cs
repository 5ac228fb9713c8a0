using Mooc.Grains.Abstractions.Sittings;

namespace Mooc.Silo.Sittings;

/// <summary>
/// Which of a training's sittings applies to a learner now: an open one of theirs (the earliest opened), else their
/// next one, else their last one; cancelled sittings do not count.
/// </summary>
public sealed record SittingMatch(SittingMatchKind Kind, ExamSitting? Sitting)
{
    public static SittingMatch For(IReadOnlyList<ExamSitting> sittings, string username, string? unit, DateTimeOffset now)
    {
        var active = sittings.Where(s => !s.IsCancelled).ToList();
        if (active.Count == 0)
        {
            return new(SittingMatchKind.NoSchedule, null);
        }

        var mine = active.Where(s => ExamSittingRules.Includes(s.Plan, username, unit)).OrderBy(s => s.Plan.OpensAt).ToList();
        if (mine.FirstOrDefault(s => s.PhaseAt(now) == SittingPhase.Open) is { } open)
        {
            return new(SittingMatchKind.Open, open);
        }

        if (mine.FirstOrDefault(s => s.PhaseAt(now) == SittingPhase.Scheduled) is { } next)
        {
            return new(SittingMatchKind.NotYet, next);
        }

        return mine.Count == 0 ? new(SittingMatchKind.NotListed, null) : new(SittingMatchKind.Ended, mine.MaxBy(s => s.Plan.ClosesAt));
    }
}
