using System.Text.Json;
using Mooc.Grains.Abstractions.Certificates;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Integrity;
using Mooc.Grains.Abstractions.Replay;
using Mooc.Silo.EventStore;

namespace Mooc.Silo.Replay;

/// <summary>
/// An attempt's stream read as a timeline: one entry per event, in stream order, described in Indonesian for the admin.
/// Answers are judged against the questions of the attempt's own <see cref="ExamStarted"/>, i.e. as the examinee saw them.
/// An event this code does not know (a later feature's) becomes a generic entry with its type name: a replay never hides one.
/// </summary>
public sealed class AttemptTimeline
{
    private const int MaxOtherDetail = 300;

    private readonly List<TimelineEntry> _entries = [];
    private readonly Dictionary<int, int> _answers = [];

    private AttemptTimeline()
    {
    }

    public IReadOnlyList<TimelineEntry> Entries => _entries;

    public ExamStarted? Started { get; private set; }

    public ExamSubmitted? Submitted { get; private set; }

    /// <summary>The deadline as it stands after every time extension.</summary>
    public DateTimeOffset? Deadline { get; private set; }

    public ExamEndedByAdmin? EndedByAdmin { get; private set; }

    public ExamGraded? Graded { get; private set; }

    /// <summary>How often an admin reopened the attempt after a technical fault.</summary>
    public int Reopens { get; private set; }

    public CertificateIssued? Certificate { get; private set; }

    /// <summary>Proctoring incidents recorded (leaving the tab, a second page, …).</summary>
    public int Incidents { get; private set; }

    public ExamEndedForIncidents? EndedForIncidents { get; private set; }

    /// <summary>Every stored answer, changes included (resends are stored once by the attempt, so none are counted twice).</summary>
    public int AnswersSaved { get; private set; }

    public int AnswerChanges { get; private set; }

    public static AttemptTimeline Build(IEnumerable<RecordedEvent> events)
    {
        var timeline = new AttemptTimeline();
        foreach (var recorded in events.OrderBy(e => e.Version))
        {
            timeline._entries.Add(timeline.Describe(recorded));
        }

        return timeline;
    }

    /// <summary>"C" for the third option: the letter the examinee saw next to it.</summary>
    public static string Letter(int option) => option is >= 0 and < 26 ? ((char)('A' + option)).ToString() : $"#{option + 1}";

    private TimelineEntry Describe(RecordedEvent recorded)
    {
        switch (recorded.Data)
        {
            case ExamStarted e:
                Started = e;
                Deadline = e.Deadline;
                return Entry(recorded, e.StartedAt, TimelineKind.Started,
                    $"Ujian dimulai (percobaan ke-{e.AttemptNumber}, {e.Questions.Count} soal, batas waktu {WibClock.Format(e.Deadline)})");
            case QuestionNavigated e:
                return Entry(recorded, e.At, TimelineKind.Navigated, $"Pindah ke soal {e.QuestionNumber}");
            case AnswerSelected e:
                return DescribeAnswer(recorded, e);
            case ExamSubmitted e:
                Submitted = e;
                return Entry(recorded, e.SubmittedAt, TimelineKind.Submitted, e.ByServer
                    ? $"Ujian dikumpulkan otomatis oleh server saat waktu habis ({WibClock.Format(e.SubmittedAt)})"
                    : EndedByAdmin is not null ? "Ujian dikumpulkan atas tindakan pengawas"
                    : EndedForIncidents is not null ? "Ujian dikumpulkan otomatis karena batas pelanggaran" : "Ujian dikumpulkan oleh peserta");
            case ExamGraded e:
                Graded = e;
                return Entry(recorded, null, TimelineKind.Graded,
                    $"Dinilai: {e.Score} ({(e.Passed ? "Lulus" : "Tidak Lulus")}, nilai kelulusan {e.PassingGrade}; sisa percobaan {e.AttemptsRemaining})");
            case ExamTimeExtended e:
                Deadline = e.NewDeadline;
                return Entry(recorded, e.At, TimelineKind.AdminAction,
                    $"Waktu ditambah {e.Minutes} menit oleh {e.AdminName} ({e.AdminUsername}), batas waktu baru {WibClock.Format(e.NewDeadline)}. Alasan: {e.Reason}");
            case ExamEndedByAdmin e:
                EndedByAdmin = e;
                return Entry(recorded, e.At, TimelineKind.AdminAction, $"Ujian diakhiri oleh {e.AdminName} ({e.AdminUsername}). Alasan: {e.Reason}");
            case ExamReopened e:
                Submitted = null;
                Graded = null;
                EndedByAdmin = null;
                EndedForIncidents = null;
                Deadline = e.NewDeadline;
                Reopens++;
                return Entry(recorded, e.At, TimelineKind.AdminAction,
                    $"Ujian dibuka kembali oleh {e.AdminName} ({e.AdminUsername}) dengan waktu {e.Minutes} menit, batas waktu baru {WibClock.Format(e.NewDeadline)}; nilai sebelumnya {e.VoidedScore} dibatalkan. Alasan: {e.Reason}");
            case ProctoringSignalRecorded e:
                Incidents = e.Incidents;
                return Entry(recorded, e.At, TimelineKind.Proctoring, ProctoringSignals.IsIncident(e.Signal)
                    ? $"Pelanggaran ke-{e.Incidents}: {SignalText(e.Signal)} (halaman {e.Page})"
                    : $"{SignalText(e.Signal)} (halaman {e.Page})");
            case ExamEndedForIncidents e:
                EndedForIncidents = e;
                return Entry(recorded, e.At, TimelineKind.Proctoring, $"Ujian diakhiri otomatis: {e.Incidents} pelanggaran mencapai batas {e.Limit}");
            case CertificateIssued e:
                Certificate = e;
                return Entry(recorded, e.IssuedAt, TimelineKind.CertificateIssued, $"Sertifikat diterbitkan: {e.Number}");
            default:
                return Entry(recorded, OwnTime(recorded.Data), TimelineKind.Other, $"Peristiwa {recorded.Data.GetType().Name}: {Detail(recorded.Data)}");
        }
    }

    private TimelineEntry DescribeAnswer(RecordedEvent recorded, AnswerSelected e)
    {
        AnswersSaved++;
        var question = Started is { } s && e.QuestionNumber >= 1 && e.QuestionNumber <= s.Questions.Count ? s.Questions[e.QuestionNumber - 1] : null;
        bool? correct = question is null ? null : e.Option == question.CorrectOption;
        var mark = correct switch { true => ", benar", false => ", salah", null => "" };
        var chosen = $"pilihan {Letter(e.Option)} (urutan kirim {e.ClientSequence}){mark}";
        var changed = _answers.TryGetValue(e.QuestionNumber, out var before);
        _answers[e.QuestionNumber] = e.Option;
        if (!changed)
        {
            return Entry(recorded, e.At, TimelineKind.Answered, $"Jawaban soal {e.QuestionNumber}: {chosen}", correct);
        }

        AnswerChanges++;
        return Entry(recorded, e.At, TimelineKind.AnswerChanged, $"Jawaban diganti, soal {e.QuestionNumber}: dari pilihan {Letter(before)} menjadi {chosen}", correct);
    }

    private static string SignalText(ProctoringSignal signal) => signal switch
    {
        ProctoringSignal.TabHidden => "meninggalkan tab ujian",
        ProctoringSignal.TabVisible => "kembali ke tab ujian",
        ProctoringSignal.WindowBlurred => "berpindah ke jendela lain",
        ProctoringSignal.WindowFocused => "kembali ke jendela ujian",
        ProctoringSignal.FullscreenExited => "keluar dari layar penuh",
        ProctoringSignal.CopyAttempted => "mencoba menyalin teks",
        ProctoringSignal.PasteAttempted => "mencoba menempel teks",
        ProctoringSignal.ContextMenuOpened => "membuka menu klik kanan",
        ProctoringSignal.SecondSession => "ujian dibuka di tab atau perangkat lain saat halaman lain masih terhubung",
        _ => signal.ToString(),
    };

    private static TimelineEntry Entry(RecordedEvent recorded, DateTimeOffset? at, TimelineKind kind, string text, bool? correct = null) =>
        new(recorded.Version, recorded.Timestamp, at, kind, recorded.Data.GetType().Name, text, correct);

    /// <summary>The first time an unknown event carries (by convention its "...At" field), so its own moment is shown too.</summary>
    private static DateTimeOffset? OwnTime(object data) =>
        data.GetType().GetProperties().Where(p => p.PropertyType == typeof(DateTimeOffset)).Select(p => (DateTimeOffset?)p.GetValue(data)).FirstOrDefault();

    /// <summary>An unknown event's fields as JSON, so the admin sees what it says even before this code learns to word it.</summary>
    private static string Detail(object data)
    {
        string json;
        try
        {
            json = JsonSerializer.Serialize(data, data.GetType());
        }
        catch (Exception ex) when (ex is NotSupportedException or InvalidOperationException or JsonException)
        {
            return "(isi tidak dapat ditampilkan)";
        }

        return json.Length <= MaxOtherDetail ? json : json[..MaxOtherDetail] + "…";
    }
}
