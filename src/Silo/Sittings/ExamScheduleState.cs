using Mooc.Grains.Abstractions.Sittings;
using Mooc.Silo.EventStore;

namespace Mooc.Silo.Sittings;

/// <summary>A training's exam schedule as rebuilt from its stream, and the rules for changing it.</summary>
public sealed class ExamScheduleState : IStreamState
{
    private readonly Dictionary<Guid, ExamSitting> _sittings = [];

    public long Version { get; private set; }

    public IReadOnlyList<ExamSitting> Sittings => _sittings.Values.OrderBy(s => s.Plan.OpensAt).ThenBy(s => s.ScheduledAt).ToList();

    public static string StreamKey(string courseCode) => $"exam-schedule:{courseCode}";

    public void Apply(object @event)
    {
        switch (@event)
        {
            case ExamSittingScheduled e:
                _sittings[e.SittingId] = new ExamSitting(e.SittingId, e.CourseCode, e.Plan, e.AdminName, e.At, null, null);
                break;
            case ExamSittingRevised e when _sittings.TryGetValue(e.SittingId, out var s):
                _sittings[e.SittingId] = s with { Plan = e.Plan };
                break;
            case ExamSittingCancelled e when _sittings.TryGetValue(e.SittingId, out var s):
                _sittings[e.SittingId] = s with { CancelReason = e.Reason, CancelledBy = e.AdminName };
                break;
        }

        Version++;
    }

    public ExamSitting? Find(Guid id) => _sittings.GetValueOrDefault(id);

    public (IReadOnlyList<object> Events, SittingOutcome Outcome) DecideSchedule(string courseCode, Guid id, ExamSittingPlan plan, SittingActor actor, DateTimeOffset now)
    {
        var normal = ExamSittingRules.Normalize(plan);
        var refusal = ExamSittingRules.Check(normal, now);
        return refusal != SittingRefusal.None
            ? ([], SittingOutcome.Refused(refusal))
            : ([new ExamSittingScheduled(id, courseCode, normal, actor.Username, actor.Name, now)], SittingOutcome.Ok(id));
    }

    /// <summary>Before the window opens anything may change (by the same rules); once open, only a later close.</summary>
    public (IReadOnlyList<object> Events, SittingOutcome Outcome) DecideRevise(Guid id, ExamSittingPlan plan, SittingActor actor, DateTimeOffset now)
    {
        if (RefuseChange(id, now) is { } refused)
        {
            return ([], SittingOutcome.Refused(refused));
        }

        var sitting = _sittings[id];
        var normal = ExamSittingRules.Normalize(plan);
        if (sitting.PhaseAt(now) == SittingPhase.Open)
        {
            if (!ExamSittingRules.SameButClose(sitting.Plan, normal))
            {
                return ([], SittingOutcome.Refused(SittingRefusal.AlreadyOpened));
            }

            if (normal.ClosesAt <= sitting.Plan.ClosesAt)
            {
                return ([], SittingOutcome.Refused(SittingRefusal.CloseNotLater));
            }

            if (normal.ClosesAt - normal.OpensAt > ExamSittingRules.MaxWindow)
            {
                return ([], SittingOutcome.Refused(SittingRefusal.WindowTooLong));
            }
        }
        else if (ExamSittingRules.Check(normal, now) is var refusal and not SittingRefusal.None)
        {
            return ([], SittingOutcome.Refused(refusal));
        }

        return ([new ExamSittingRevised(id, sitting.CourseCode, normal, actor.Username, actor.Name, now)], SittingOutcome.Ok(id));
    }

    public (IReadOnlyList<object> Events, SittingOutcome Outcome) DecideCancel(Guid id, string reason, SittingActor actor, DateTimeOffset now)
    {
        if (RefuseChange(id, now) is { } refused)
        {
            return ([], SittingOutcome.Refused(refused));
        }

        var why = (reason ?? "").Trim();
        if (why.Length == 0 || why.Length > ExamSittingRules.MaxReasonLength)
        {
            return ([], SittingOutcome.Refused(why.Length == 0 ? SittingRefusal.ReasonMissing : SittingRefusal.ReasonTooLong));
        }

        return ([new ExamSittingCancelled(id, _sittings[id].CourseCode, why, actor.Username, actor.Name, now)], SittingOutcome.Ok(id));
    }

    private SittingRefusal? RefuseChange(Guid id, DateTimeOffset now) =>
        _sittings.GetValueOrDefault(id)?.PhaseAt(now) switch
        {
            null => SittingRefusal.NotFound,
            SittingPhase.Cancelled => SittingRefusal.AlreadyCancelled,
            SittingPhase.Ended => SittingRefusal.AlreadyEnded,
            _ => null,
        };
}
