using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Integrity;
using Mooc.Grains.Abstractions.Replay;
using Mooc.Silo.EventStore;
using Mooc.Silo.Replay;

namespace Mooc.UnitTests.Integrity;

/// <summary>How the replay words proctoring: each incident with its number and page, coming back, and the end at the limit.</summary>
public sealed class ProctoringTimelineTests
{
    private static readonly Guid AttemptId = Guid.NewGuid();
    private static readonly DateTimeOffset Start = new(2026, 12, 2, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void IncidentsAndTheEndAtTheLimit_ShouldBeWordedWithTheirCountAndPage()
    {
        var timeline = Build(
            new ProctoringSignalRecorded(AttemptId, ProctoringSignal.TabHidden, 1, "3f9a0c1d", Start.AddMinutes(1)),
            new ProctoringSignalRecorded(AttemptId, ProctoringSignal.TabVisible, 1, "3f9a0c1d", Start.AddMinutes(2)),
            new ProctoringSignalRecorded(AttemptId, ProctoringSignal.SecondSession, 2, "77b1e2aa", Start.AddMinutes(3)),
            new ExamEndedForIncidents(AttemptId, 2, 2, Start.AddMinutes(3)),
            new ExamSubmitted(AttemptId, Start.AddMinutes(3), false));

        var texts = timeline.Entries.Skip(1).Select(e => (e.Kind, e.Description)).ToList();
        Assert.Equal(
        [
            (TimelineKind.Proctoring, "Pelanggaran ke-1: meninggalkan tab ujian (halaman 3f9a0c1d)"),
            (TimelineKind.Proctoring, "kembali ke tab ujian (halaman 3f9a0c1d)"),
            (TimelineKind.Proctoring, "Pelanggaran ke-2: ujian dibuka di tab atau perangkat lain saat halaman lain masih terhubung (halaman 77b1e2aa)"),
            (TimelineKind.Proctoring, "Ujian diakhiri otomatis: 2 pelanggaran mencapai batas 2"),
            (TimelineKind.Submitted, "Ujian dikumpulkan otomatis karena batas pelanggaran"),
        ], texts);
        Assert.Equal(2, timeline.Incidents);
        Assert.NotNull(timeline.EndedForIncidents);
        Assert.Equal(Start.AddMinutes(1), timeline.Entries[1].EventTime);
    }

    private static AttemptTimeline Build(params object[] events)
    {
        var started = new ExamStarted(AttemptId, "ani", "UJI", 1, [new AttemptQuestion("q1", "Satu?", ["a", "b"], 0)], 70, 3, Start, Start.AddMinutes(30));
        return AttemptTimeline.Build(new object[] { started }.Concat(events).Select((e, i) => new RecordedEvent(i + 1, i + 1, Start.AddSeconds(i), e)));
    }
}
