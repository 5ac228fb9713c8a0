using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Integrity;

namespace Mooc.Silo.Exams;

/// <summary>
/// The proctoring rules: which signals are stored, how incidents count, and the training's policy (record only, warn,
/// or end the attempt at its incident limit), as it stood when the attempt started.
/// </summary>
public sealed partial class ExamAttemptState
{
    /// <summary>A page's repeat of the same signal within this window is one incident (a flicker is not two departures).</summary>
    public static readonly TimeSpan SignalRepeatWindow = TimeSpan.FromSeconds(2);

    /// <summary>An attempt stores at most this many signals; past it a page sending in a loop changes nothing more.</summary>
    public const int MaxSignals = 500;

    public int Incidents { get; private set; }

    public int Signals { get; private set; }

    public ProctoringSignalRecorded? LastIncident { get; private set; }

    public ExamEndedForIncidents? EndedForIncidents { get; private set; }

    public IntegrityPolicy Policy => Started?.Integrity ?? IntegrityPolicy.RecordOnly;

    public int IncidentLimit => Policy == IntegrityPolicy.SubmitAtLimit ? Started!.IncidentLimit : 0;

    /// <param name="lastOfPage">When this page last had this signal stored (kept by the grain, not in the stream).</param>
    public (IReadOnlyList<object> Events, ProctoringAck Ack) DecideSignal(ProctoringSignal signal, string page, DateTimeOffset? lastOfPage, DateTimeOffset now)
    {
        if (Status != AttemptStatus.InProgress || IsPastDeadline(now) || Signals >= MaxSignals || (lastOfPage is { } last && now - last < SignalRepeatWindow))
        {
            return ([], Ack(recorded: false, ended: false));
        }

        var incident = ProctoringSignals.IsIncident(signal);
        var count = Incidents + (incident ? 1 : 0);
        var recorded = new ProctoringSignalRecorded(Started!.AttemptId, signal, count, page, now);
        if (!incident || IncidentLimit == 0 || count < IncidentLimit)
        {
            return ([recorded], new ProctoringAck(true, count, Policy, IncidentLimit, false));
        }

        return ([recorded, new ExamEndedForIncidents(Started.AttemptId, count, IncidentLimit, now), .. DecideSubmit(now, byServer: false)],
            new ProctoringAck(true, count, Policy, IncidentLimit, true));
    }

    private ProctoringAck Ack(bool recorded, bool ended) => new(recorded, Incidents, Policy, IncidentLimit, ended);

    private void ApplyIntegrity(object @event)
    {
        switch (@event)
        {
            case ProctoringSignalRecorded e:
                Signals++;
                Incidents = e.Incidents;
                LastIncident = ProctoringSignals.IsIncident(e.Signal) ? e : LastIncident;
                break;
            case ExamEndedForIncidents e:
                EndedForIncidents = e;
                break;
        }
    }
}
