using System.Diagnostics.Metrics;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Infrastructure.Observability;

namespace Mooc.WebFrontend.Exams;

/// <summary>
/// The exam's instruments on a frontend: answers acknowledged by status (answers per second is their rate) and the
/// time from the hub receiving an answer to its acknowledgement (DESIGN §7: p99 ≤ 100 ms).
/// </summary>
public sealed class ExamMetrics
{
    private readonly Counter<long> _answers;
    private readonly Histogram<double> _ackDuration;

    public ExamMetrics(MoocMeter meter)
    {
        _answers = meter.Meter.CreateCounter<long>("mooc.exam.answers", "{answer}", "Answers acknowledged by the exam hub, by status");
        _ackDuration = meter.Meter.CreateHistogram("mooc.exam.answer.ack.duration", "s",
            "From the exam hub receiving an answer to its acknowledgement",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 1, 2.5, 5, 10] });
    }

    public void Acknowledged(AnswerAckStatus status, TimeSpan took)
    {
        var tag = new KeyValuePair<string, object?>("status", status.ToString());
        _answers.Add(1, tag);
        _ackDuration.Record(took.TotalSeconds, tag);
    }
}
