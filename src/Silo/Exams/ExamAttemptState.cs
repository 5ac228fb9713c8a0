using Mooc.Grains.Abstractions.Certificates;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Integrity;
using Mooc.Grains.Abstractions.Monitoring;
using Mooc.Silo.EventStore;

namespace Mooc.Silo.Exams;

/// <summary>One attempt as rebuilt from its stream, and the exam rules: the deadline, answers, submission, grade.</summary>
public sealed partial class ExamAttemptState : IStreamState
{
    private readonly Dictionary<int, (int Option, long Sequence)> _answers = [];
    private readonly HashSet<long> _sequences = [];

    public long Version { get; private set; }

    public ExamStarted? Started { get; private set; }

    public ExamSubmitted? Submitted { get; private set; }

    public ExamGraded? Graded { get; private set; }

    public CertificateIssued? Certificate { get; private set; }

    /// <summary>Passed, and no certificate yet (issuing it is the step after grading; see the attempt grain).</summary>
    public bool AwaitsCertificate => Graded is { Passed: true } && Certificate is null;

    public int CurrentQuestion { get; private set; } = 1;

    /// <summary>The deadline fixed at the start, moved by every time extension.</summary>
    public DateTimeOffset Deadline { get; private set; }

    public ExamEndedByAdmin? EndedByAdmin { get; private set; }

    /// <summary>How often an admin reopened the attempt after a technical fault.</summary>
    public int Reopens { get; private set; }

    /// <summary>How long after its end an attempt may still be reopened: disputes are settled within days, not months.</summary>
    public static readonly TimeSpan ReopenPeriod = TimeSpan.FromDays(7);

    public AttemptStatus Status => Started is null ? AttemptStatus.NotStarted : Submitted is null ? AttemptStatus.InProgress : AttemptStatus.Submitted;

    public IReadOnlyDictionary<int, int> Answers => _answers.ToDictionary(a => a.Key, a => a.Value.Option);

    public static string StreamKey(Guid attemptId) => $"attempt:{attemptId:N}";

    public void Apply(object @event)
    {
        switch (@event)
        {
            case ExamStarted e:
                Started = e;
                Deadline = e.Deadline;
                break;
            case ExamTimeExtended e:
                Deadline = e.NewDeadline;
                break;
            case ExamEndedByAdmin e:
                EndedByAdmin = e;
                break;
            case AnswerSelected e:
                _answers[e.QuestionNumber] = (e.Option, e.ClientSequence);
                _sequences.Add(e.ClientSequence);
                break;
            case QuestionNavigated e:
                CurrentQuestion = e.QuestionNumber;
                break;
            case ExamSubmitted e:
                Submitted = e;
                break;
            case ExamGraded e:
                Graded = e;
                break;
            case CertificateIssued e:
                Certificate = e;
                break;
            case ExamReopened e:
                // The grade is void and the attempt runs again with the answers stored so far (its incidents stay counted).
                Submitted = null;
                Graded = null;
                EndedByAdmin = null;
                EndedForIncidents = null;
                Deadline = e.NewDeadline;
                Reopens++;
                break;
            default:
                ApplyIntegrity(@event);
                break;
        }

        Version++;
    }

    public bool IsPastDeadline(DateTimeOffset now) => Started is not null && now >= Deadline;

    public (IReadOnlyList<object> Events, AnswerAck Ack) DecideAnswer(int questionNumber, int option, long sequence, DateTimeOffset now)
    {
        if (_sequences.Contains(sequence))
        {
            return ([], new AnswerAck(sequence, AnswerAckStatus.Duplicate, null));
        }

        if (Status != AttemptStatus.InProgress || IsPastDeadline(now))
        {
            return ([], new AnswerAck(sequence, AnswerAckStatus.Refused, "Waktu ujian sudah habis; jawaban tidak disimpan."));
        }

        if (questionNumber < 1 || questionNumber > Started!.Questions.Count || option < 0 || option >= Started.Questions[questionNumber - 1].Options.Count || sequence <= 0)
        {
            return ([], new AnswerAck(sequence, AnswerAckStatus.Refused, "Nomor soal atau pilihan jawaban tidak valid."));
        }

        if (_answers.TryGetValue(questionNumber, out var stored) && stored.Sequence > sequence)
        {
            return ([], new AnswerAck(sequence, AnswerAckStatus.Superseded, null));
        }

        return ([new AnswerSelected(Started.AttemptId, questionNumber, option, sequence, now)], new AnswerAck(sequence, AnswerAckStatus.Saved, null));
    }

    public IReadOnlyList<object> DecideNavigate(int questionNumber, DateTimeOffset now) =>
        Status == AttemptStatus.InProgress && !IsPastDeadline(now) && questionNumber >= 1 && questionNumber <= Started!.Questions.Count && questionNumber != CurrentQuestion
            ? [new QuestionNavigated(Started.AttemptId, questionNumber, now)]
            : [];

    /// <summary>Ends and grades the attempt. At or after the deadline the server's submission is dated at the deadline.</summary>
    public IReadOnlyList<object> DecideSubmit(DateTimeOffset now, bool byServer)
    {
        if (Status != AttemptStatus.InProgress)
        {
            return [];
        }

        var s = Started!;
        var submittedAt = now >= Deadline ? Deadline : now;
        var correct = s.Questions.Select((q, i) => _answers.TryGetValue(i + 1, out var a) && a.Option == q.CorrectOption).Count(ok => ok);
        var score = ExamGrading.Score(correct, s.Questions.Count);
        var passed = ExamGrading.Passed(score, s.PassingGrade);
        return
        [
            new ExamSubmitted(s.AttemptId, submittedAt, byServer),
            new ExamGraded(s.AttemptId, s.Username, s.CourseCode, s.AttemptNumber, score, s.PassingGrade, passed, Math.Max(0, s.MaxAttempts - s.AttemptNumber), submittedAt),
        ];
    }

    /// <summary>The attempt as its training's live board shows it.</summary>
    public AttemptProgress Progress(DateTimeOffset now, int newAnswers)
    {
        var s = Started ?? throw new InvalidOperationException("This exam attempt has not been started.");
        return new AttemptProgress(s.AttemptId, s.Username, s.CourseCode, s.AttemptNumber, Status, CurrentQuestion, _answers.Count, s.Questions.Count,
            s.StartedAt, Deadline, Graded?.Score, Graded?.Passed, Submitted?.ByServer == true, now, newAnswers, Reopens, s.SittingId,
            Incidents, LastIncident?.Signal, LastIncident?.At, EndedForIncidents is not null);
    }

    public ExamOutcome? Outcome() => Graded is null
        ? null
        : new ExamOutcome(Graded.Score, Graded.Passed, Graded.PassingGrade, Graded.AttemptsRemaining, Submitted!.ByServer, EndedByAdmin is not null, EndedForIncidents is not null);

    public ExamAttemptView View(Guid attemptId, DateTimeOffset now)
    {
        if (Started is null)
        {
            throw new AttemptAccessDeniedException("This exam attempt has not been started.");
        }

        var questions = Started.Questions.Select((q, i) => new QuestionView(i + 1, q.Text, q.Options)).ToList();
        return new ExamAttemptView(attemptId, Started.CourseCode, Status, CurrentQuestion, questions, Answers, Deadline, now, Outcome(),
            _sequences.Count == 0 ? 0 : _sequences.Max(), Policy, IncidentLimit, Incidents);
    }
}
