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
    public async Task<AttemptIntegrityReport?> CheckAsync(Guid attemptId, CancellationToken cancellationToken = default)
    {
        var key = ExamAttemptState.StreamKey(attemptId);
        var events = await journal.ReadStreamAsync(key, cancellationToken);
        if (events.Select(e => e.Data).OfType<ExamStarted>().FirstOrDefault() is not { } started)
        {
            return null;
        }

        var verdict = EventChainVerifier.Verify(key, events);
        var certificate = events.Select(e => e.Data).OfType<CertificateIssued>().LastOrDefault();
        return new AttemptIntegrityReport(attemptId, started.Username, started.CourseCode, verdict.Events, verdict.Break, verdict.BrokenVersion,
            verdict.BrokenEventType, verdict.FinalDigest, certificate?.Number, certificate?.AttemptDigest, TimeProvider.System.GetUtcNow());
    }
}
