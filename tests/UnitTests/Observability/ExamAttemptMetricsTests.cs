using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Infrastructure.Observability;
using Mooc.Silo.Exams;

namespace Mooc.UnitTests.Observability;

public sealed class ExamAttemptMetricsTests
{
    private static readonly DateTimeOffset Deadline = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ServersSubmission_ShouldRecordTheDelayFromTheDeadlineToTheCommit()
    {
        var recorded = Record(metrics => metrics.Committed([Submitted(byServer: true), "graded"], Deadline, Deadline.AddMilliseconds(350)));

        Assert.Equal([0.35], recorded);
    }

    [Fact]
    public void ExamineesSubmissionOrOtherEvents_ShouldRecordNothing()
    {
        var recorded = Record(metrics =>
        {
            metrics.Committed([Submitted(byServer: false)], Deadline, Deadline.AddSeconds(-30));
            metrics.Committed(["answer"], Deadline, Deadline.AddSeconds(5));
        });

        Assert.Empty(recorded);
    }

    private static ExamSubmitted Submitted(bool byServer) => new(Guid.NewGuid(), Deadline, byServer);

    private static List<double> Record(Action<ExamAttemptMetrics> act)
    {
        using var services = new ServiceCollection().AddMoocMeter().BuildServiceProvider();
        var meter = services.GetRequiredService<MoocMeter>();
        var recorded = new List<double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == meter.Meter && instrument.Name == "mooc.exam.deadline.delay")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((_, value, _, _) => recorded.Add(value));
        listener.Start();
        act(new ExamAttemptMetrics(meter));
        return recorded;
    }
}
