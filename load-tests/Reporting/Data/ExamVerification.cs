namespace Mooc.LoadTests.Reporting.Data;

/// <summary>
/// The event store checked against what the clients saw acknowledged, after the run.
/// <see cref="Lost"/>: acknowledged (Saved or Duplicate) answers with no AnswerSelected event of their sequence;
/// <see cref="Duplicates"/>: AnswerSelected events beyond the first for one attempt and sequence. Both must be 0.
/// <see cref="FinalAnswerMismatches"/>: questions whose stored answer differs from the last one the client saw saved.
/// </summary>
public sealed record ExamVerification(
    bool Checked,
    string? NotCheckedReason,
    int Attempts,
    long AcknowledgedAnswers,
    long StoredAnswers,
    long Lost,
    long Duplicates,
    long StoredWithoutAck,
    long FinalAnswerMismatches,
    int SubmittedByExaminee,
    int SubmittedByServer,
    int NotSubmitted,
    IReadOnlyList<string> Findings)
{
    /// <summary>Attempts the server submitted at their deadline (ExamSubmitted with ByServer).</summary>
    public int DeadlineSubmissions { get; init; }

    /// <summary>The latest of those: ExamSubmitted commit − the attempt's deadline (extensions included); null when none.</summary>
    public double? MaxDeadlineDelaySeconds { get; init; }

    /// <summary>--deadline-tolerance-seconds of the run.</summary>
    public double DeadlineToleranceSeconds { get; init; }

    /// <summary>Deadline submissions later than the tolerance; must be 0.</summary>
    public int DeadlinesLate { get; init; }
}
