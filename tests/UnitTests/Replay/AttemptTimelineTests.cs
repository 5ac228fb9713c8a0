using Mooc.Grains.Abstractions.Certificates;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Replay;
using Mooc.Silo.EventStore;
using Mooc.Silo.Replay;

namespace Mooc.UnitTests.Replay;

/// <summary>How the admin's replay words each event of an attempt, and that it judges answers as the examinee saw them.</summary>
public sealed class AttemptTimelineTests
{
    private static readonly Guid AttemptId = Guid.NewGuid();

    // 07.35.12 UTC is 14.35.12 WIB.
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 7, 5, 12, TimeSpan.Zero);

    // Question 1's correct option is the third (C) as this examinee saw it, question 2's the first (A).
    private static readonly ExamStarted Started = new(AttemptId, "199001012015031001", "UJI", 1,
        [new AttemptQuestion("q07", "Satu?", ["w", "x", "y", "z"], 2), new AttemptQuestion("q02", "Dua?", ["a", "b", "c", "d"], 0)],
        70, 3, Start, Start.AddMinutes(30));

    /// <summary>An event of a later feature (a disconnect, say) this code does not know yet.</summary>
    private sealed record ConnectionLost(Guid AttemptId, string Reason, DateTimeOffset LostAt);

    [Fact]
    public void Start_ShouldGiveTheAttemptNumberQuestionsAndDeadlineInWib()
    {
        var entry = Build().Entries.Single();

        Assert.Equal(TimelineKind.Started, entry.Kind);
        Assert.Equal("Ujian dimulai (percobaan ke-1, 2 soal, batas waktu 14.35.12 WIB)", entry.Description);
        Assert.Equal(Start, entry.EventTime);
    }

    [Fact]
    public void Navigation_ShouldNameTheQuestion()
    {
        var entry = Single(new QuestionNavigated(AttemptId, 2, Start.AddSeconds(5)));

        Assert.Equal(TimelineKind.Navigated, entry.Kind);
        Assert.Equal("Pindah ke soal 2", entry.Description);
        Assert.Null(entry.Correct);
    }

    [Fact]
    public void CorrectAnswer_ShouldShowTheLetterTheExamineeSawAndBeMarkedRight()
    {
        var entry = Single(new AnswerSelected(AttemptId, 1, 2, 7, Start.AddSeconds(9)));

        Assert.Equal(TimelineKind.Answered, entry.Kind);
        Assert.Equal("Jawaban soal 1: pilihan C (urutan kirim 7), benar", entry.Description);
        Assert.True(entry.Correct);
    }

    [Fact]
    public void WrongAnswer_ShouldBeMarkedWrong()
    {
        var entry = Single(new AnswerSelected(AttemptId, 2, 3, 4, Start.AddSeconds(9)));

        Assert.Equal("Jawaban soal 2: pilihan D (urutan kirim 4), salah", entry.Description);
        Assert.False(entry.Correct);
    }

    [Fact]
    public void SecondAnswerToAQuestion_ShouldBeMarkedChangedWithTheOldAndNewChoice()
    {
        var timeline = Build(new AnswerSelected(AttemptId, 1, 0, 1, Start.AddSeconds(3)), new AnswerSelected(AttemptId, 2, 0, 2, Start.AddSeconds(4)),
            new AnswerSelected(AttemptId, 1, 2, 3, Start.AddSeconds(5)));

        var changed = timeline.Entries[^1];
        Assert.Equal(TimelineKind.AnswerChanged, changed.Kind);
        Assert.Equal("Jawaban diganti, soal 1: dari pilihan A menjadi pilihan C (urutan kirim 3), benar", changed.Description);
        Assert.True(changed.Correct);
        Assert.Equal([TimelineKind.Answered, TimelineKind.Answered], timeline.Entries.Skip(1).Take(2).Select(e => e.Kind));
        Assert.Equal(3, timeline.AnswersSaved);
        Assert.Equal(1, timeline.AnswerChanges);
    }

    [Fact]
    public void SubmissionByTheExaminee_ShouldSaySo()
    {
        var entry = Single(new ExamSubmitted(AttemptId, Start.AddMinutes(12), ByServer: false));

        Assert.Equal(TimelineKind.Submitted, entry.Kind);
        Assert.Equal("Ujian dikumpulkan oleh peserta", entry.Description);
    }

    [Fact]
    public void SubmissionByTheServer_ShouldSayTimeRanOutAndKeepTheDeadlineAsItsOwnTime()
    {
        var deadline = Start.AddMinutes(30);
        var timeline = Build(Recorded(2, new ExamSubmitted(AttemptId, deadline, ByServer: true), deadline.AddSeconds(40)));

        var entry = timeline.Entries[1];
        Assert.Equal("Ujian dikumpulkan otomatis oleh server saat waktu habis (14.35.12 WIB)", entry.Description);
        Assert.Equal(deadline, entry.EventTime);
        Assert.True(entry.TimesDiffer);
    }

    [Theory]
    [InlineData(80, true, "Dinilai: 80 (Lulus, nilai kelulusan 70; sisa percobaan 2)")]
    [InlineData(50, false, "Dinilai: 50 (Tidak Lulus, nilai kelulusan 70; sisa percobaan 2)")]
    public void Grade_ShouldGiveScoreOutcomeAndPassingGrade(int score, bool passed, string expected)
    {
        var entry = Single(new ExamGraded(AttemptId, Started.Username, "UJI", 1, score, 70, passed, 2, Start.AddMinutes(12)));

        Assert.Equal(TimelineKind.Graded, entry.Kind);
        Assert.Equal(expected, entry.Description);
    }

    [Fact]
    public void Certificate_ShouldGiveItsNumber()
    {
        var entry = Single(new CertificateIssued("7K3Q-9XHT-2MVA-PD4E", AttemptId, Started.Username, "Andi", "1990", "UJI", "Judul", 8, 100,
            Start.AddMinutes(12), Start.AddMinutes(12), "Jakarta", "Kepala", "", ""));

        Assert.Equal(TimelineKind.CertificateIssued, entry.Kind);
        Assert.Equal("Sertifikat diterbitkan: 7K3Q-9XHT-2MVA-PD4E", entry.Description);
    }

    [Fact]
    public void Reopening_ShouldNameTheAdminTimeNewDeadlineVoidScoreAndReasonAndClearTheGrade()
    {
        var deadline = Start.AddMinutes(30);
        var timeline = Build(
            new ExamSubmitted(AttemptId, deadline, ByServer: true),
            new ExamGraded(AttemptId, Started.Username, "UJI", 1, 50, 70, false, 2, deadline),
            new ExamReopened(AttemptId, 15, deadline.AddMinutes(25), 50, "admin", "Admin BPSDM", "Listrik padam", deadline.AddMinutes(10)));

        var entry = timeline.Entries[3];
        Assert.Equal(TimelineKind.AdminAction, entry.Kind);
        Assert.Equal("Ujian dibuka kembali oleh Admin BPSDM (admin) dengan waktu 15 menit, batas waktu baru 15.00.12 WIB; nilai sebelumnya 50 dibatalkan. Alasan: Listrik padam", entry.Description);
        Assert.Equal((null, null, deadline.AddMinutes(25), 1), (timeline.Submitted, timeline.Graded, timeline.Deadline, timeline.Reopens));
    }

    [Fact]
    public void UnknownEvent_ShouldBeKeptWithItsTypeNameFieldsAndOwnTime()
    {
        var lostAt = Start.AddMinutes(3);
        var entry = Single(new ConnectionLost(AttemptId, "jaringan putus", lostAt));

        Assert.Equal(TimelineKind.Other, entry.Kind);
        Assert.Equal(nameof(ConnectionLost), entry.EventType);
        Assert.StartsWith("Peristiwa ConnectionLost: {", entry.Description, StringComparison.Ordinal);
        Assert.Contains("jaringan putus", entry.Description, StringComparison.Ordinal);
        Assert.Equal(lostAt, entry.EventTime);
    }

    [Fact]
    public void Events_ShouldFollowTheStreamVersionsWhateverTheReadOrder()
    {
        var timeline = AttemptTimeline.Build([
            Recorded(3, new ExamSubmitted(AttemptId, Start.AddMinutes(1), false), Start.AddMinutes(1)),
            Recorded(1, Started, Start),
            Recorded(2, new QuestionNavigated(AttemptId, 2, Start.AddSeconds(2)), Start.AddSeconds(2))]);

        Assert.Equal([1L, 2L, 3L], timeline.Entries.Select(e => e.Version));
        Assert.All(timeline.Entries, e => Assert.False(e.TimesDiffer));
    }

    [Fact]
    public void AdminActions_ShouldNameTheAdminTheReasonAndTheNewDeadline()
    {
        var timeline = Build(
            new ExamTimeExtended(AttemptId, 10, Start.AddMinutes(40), "admin", "Admin BPSDM", "Listrik padam", Start.AddMinutes(5)),
            new ExamEndedByAdmin(AttemptId, "admin", "Admin BPSDM", "Bekerja sama", Start.AddMinutes(9)),
            new ExamSubmitted(AttemptId, Start.AddMinutes(9), ByServer: false));

        Assert.Equal([TimelineKind.AdminAction, TimelineKind.AdminAction, TimelineKind.Submitted], timeline.Entries.Skip(1).Select(e => e.Kind));
        Assert.Equal("Waktu ditambah 10 menit oleh Admin BPSDM (admin), batas waktu baru 14.45.12 WIB. Alasan: Listrik padam", timeline.Entries[1].Description);
        Assert.Equal("Ujian diakhiri oleh Admin BPSDM (admin). Alasan: Bekerja sama", timeline.Entries[2].Description);
        Assert.Equal("Ujian dikumpulkan atas tindakan pengawas", timeline.Entries[3].Description);
        Assert.Equal(Start.AddMinutes(40), timeline.Deadline);
    }

    private static TimelineEntry Single(object @event) => Build(@event).Entries[1];

    private static AttemptTimeline Build(params object[] events) =>
        AttemptTimeline.Build(new[] { Recorded(1, Started, Start) }
            .Concat(events.Select((e, i) => e as RecordedEvent ?? Recorded(i + 2, e, Start.AddSeconds(i + 1).AddMilliseconds(5)))));

    private static RecordedEvent Recorded(long version, object data, DateTimeOffset at) => new(version, version, at, data);
}
