using Mooc.Grains.Abstractions.Certificates;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Integrity;
using Mooc.Silo.EventStore;
using Mooc.Silo.Exams;

namespace Mooc.Silo.Integrity;

/// <summary>Checks one stored attempt: its stream read straight from the journal and its chain recomputed.</summary>
public sealed class AttemptIntegrityCheck(IEventJournal journal)
{
    /// <summary>Null when no attempt with this id was started.</summary>
    public async Task<AttemptIntegrityReport?> CheckAsync(Guid attemptId, CancellationToken cancellationToken = default) =>
        Report(attemptId, await journal.ReadStreamAsync(ExamAttemptState.StreamKey(attemptId), cancellationToken));

    /// <summary>The verdict on an attempt stream already read; null when it holds no started attempt.</summary>
    public static AttemptIntegrityReport? Report(Guid attemptId, IReadOnlyList<RecordedEvent> events)
    {
        if (events.Select(e => e.Data).OfType<ExamStarted>().FirstOrDefault() is not { } started)
        {
            return null;
        }

        var verdict = EventChainVerifier.Verify(ExamAttemptState.StreamKey(attemptId), events);
        var certificate = events.Select(e => e.Data).OfType<CertificateIssued>().LastOrDefault();
        return new AttemptIntegrityReport(attemptId, started.Username, started.CourseCode, verdict.Events, verdict.Break, verdict.BrokenVersion,
            verdict.BrokenEventType, verdict.FinalDigest, certificate?.Number, certificate?.AttemptDigest, TimeProvider.System.GetUtcNow());
    }
}
