using System.Diagnostics.Metrics;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Infrastructure.Observability;

namespace Mooc.Silo.Exams;

/// <summary>The exam's instruments on a silo: answers committed, and how late the server's deadline submissions commit.</summary>
public sealed class ExamAttemptMetrics
{
    private readonly Counter<long> _stored;
    private readonly Histogram<double> _deadlineDelay;

    public ExamAttemptMetrics(MoocMeter meter)
    {
        _stored = meter.Meter.CreateCounter<long>("mooc.exam.answers.stored", "{answer}", "Answers whose event was committed (acknowledged as saved)");
        _deadlineDelay = meter.Meter.CreateHistogram("mooc.exam.deadline.delay", "s",
            "From an attempt's deadline to the commit of the server's submission of it",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60, 300, 900] });
    }

    public void AnswerStored() => _stored.Add(1);

    /// <summary>Called right after events of an attempt are committed: records the delay when they hold the server's submission.</summary>
    public void Committed(IReadOnlyList<object> events, DateTimeOffset deadline, DateTimeOffset committedAt)
    {
        if (events.OfType<ExamSubmitted>().Any(e => e.ByServer))
        {
            _deadlineDelay.Record(Math.Max(0, (committedAt - deadline).TotalSeconds));
        }
    }
}
