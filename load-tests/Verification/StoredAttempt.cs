namespace Mooc.LoadTests.Verification;

/// <summary>An attempt as its stream in the event store holds it, with the commit times the checks need.</summary>
public sealed record StoredAttempt(
    Guid AttemptId,
    string? Username,
    DateTimeOffset? Deadline,
    IReadOnlyList<StoredAnswer> Answers,
    bool Submitted,
    bool SubmittedByServer,
    DateTimeOffset? SubmittedCommittedAt,
    DateTimeOffset? GradedCommittedAt,
    DateTimeOffset? HistoryRowWrittenAt);
