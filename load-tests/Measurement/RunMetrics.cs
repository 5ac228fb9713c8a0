namespace Mooc.LoadTests.Measurement;

/// <summary>Everything one run measures, shared by all virtual users.</summary>
/// <param name="exam">True for the exam scenario: its measures replace the home-page ones in reports.</param>
public sealed class RunMetrics(bool exam = false)
{
    public TimingRecorder HttpGet { get; } = new(MeasureNames.HttpGet);

    public TimingRecorder HubConnect { get; } = new(MeasureNames.HubConnect);

    public TimingRecorder HubInvoke { get; } = new(MeasureNames.HubInvoke);

    public TimingRecorder ClockDrift { get; } = new(MeasureNames.ClockDrift);

    /// <summary>GET /Login + POST /Login until the 302 to /Dashboard.</summary>
    public TimingRecorder SignIn { get; } = new(MeasureNames.SignIn);

    /// <summary>Invoke SelectAnswer → acknowledgement received.</summary>
    public TimingRecorder AnswerAck { get; } = new(MeasureNames.AnswerAck);

    /// <summary>Invoke Submit → state with result received.</summary>
    public TimingRecorder Submit { get; } = new(MeasureNames.Submit);

    /// <summary>|remainingMs of a "tick" − remaining by the deadline estimated at Join|.</summary>
    public TimingRecorder RemainingDrift { get; } = new(MeasureNames.RemainingDrift);

    /// <summary>SelectAnswer acknowledgements by status (Saved, Duplicate, Superseded, Refused).</summary>
    public Tally AckStatuses { get; } = new();

    /// <summary>How each exam user ended (submitted, already submitted, not started, ...).</summary>
    public Tally ExamOutcomes { get; } = new();

    /// <summary>SelectAnswer invocations that were acknowledged.</summary>
    public Counter Answers { get; } = new();

    public bool Exam { get; } = exam;

    public ErrorCounter Errors { get; } = new();

    /// <summary>HTTP requests completed, successful or not.</summary>
    public Counter HttpRequests { get; } = new();

    /// <summary>Hub invocations completed, successful or not.</summary>
    public Counter HubInvocations { get; } = new();

    /// <summary>Hub connection attempts, successful or not.</summary>
    public Counter HubConnects { get; } = new();

    public Counter ActiveUsers { get; } = new();

    public long Requests => HttpRequests.Value + HubInvocations.Value;

    public IReadOnlyList<TimingRecorder> Timings => Exam
        ? [SignIn, HubConnect, AnswerAck, Submit, RemainingDrift]
        : [HttpGet, HubConnect, HubInvoke, ClockDrift];

    public IReadOnlyList<TallyCount> Counts => Exam
        ? [.. AckStatuses.Snapshot("Ack status"), .. ExamOutcomes.Snapshot("Exam outcome")]
        : [];
}
