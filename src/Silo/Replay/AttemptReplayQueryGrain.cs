using Mooc.Grains.Abstractions.Accounts;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Integrity;
using Mooc.Grains.Abstractions.Replay;
using Mooc.Silo.EventStore;
using Mooc.Silo.Exams;
using Mooc.Silo.Integrity;
using Mooc.Silo.Learning;
using Orleans.Concurrency;

namespace Mooc.Silo.Replay;

/// <summary>
/// Reads attempt and learner streams straight from the journal: a dispute needs the events as committed, not a read
/// model that may lag. The learner's stream lists every attempt opened (running, never started, graded), which
/// the exam history (graded ones only) could not.
/// </summary>
[StatelessWorker]
public sealed class AttemptReplayQueryGrain(IEventJournal journal, AttemptIntegrityCheck integrity) : Grain, IAttemptReplayQueryGrain
{
    public async Task<AttemptReplay?> GetReplayAsync(Guid attemptId)
    {
        var events = await journal.ReadStreamAsync(ExamAttemptState.StreamKey(attemptId));
        var timeline = AttemptTimeline.Build(events);
        if (timeline.Started is not { } s || AttemptIntegrityCheck.Report(attemptId, events) is not { } integrity)
        {
            return null;
        }

        var profile = await GrainFactory.GetGrain<IAccountGrain>(s.Username).GetProfileAsync();
        var course = await GrainFactory.GetGrain<ICourseGrain>(s.CourseCode).GetDescriptionAsync();
        var status = timeline.Submitted is null ? AttemptStatus.InProgress : AttemptStatus.Submitted;
        var summary = new AttemptSummary(
            attemptId, s.Username, profile?.Nip, profile?.FullName, profile?.Unit, s.CourseCode, course?.Title, s.AttemptNumber, s.Questions.Count, status,
            s.StartedAt, timeline.Deadline ?? s.Deadline, timeline.Submitted?.SubmittedAt, timeline.Submitted?.ByServer, timeline.AnswersSaved, timeline.AnswerChanges,
            s.PassingGrade, timeline.Graded?.Score, timeline.Graded?.Passed, timeline.Certificate?.Number, timeline.EndedByAdmin?.AdminName,
            timeline.Reopens, timeline.Incidents, timeline.EndedForIncidents is not null);
        return new AttemptReplay(summary, timeline.Entries, integrity);
    }

    public Task<AttemptIntegrityReport?> CheckIntegrityAsync(Guid attemptId) => integrity.CheckAsync(attemptId);

    public async Task<LearnerAttempts?> FindLearnerAttemptsAsync(string username)
    {
        var key = username.Trim().ToLowerInvariant();
        if (key.Length == 0 || await GrainFactory.GetGrain<IAccountGrain>(key).GetProfileAsync() is not { } profile)
        {
            return null;
        }

        var opened = (await journal.ReadStreamAsync(LearnerState.StreamKey(profile.Username)))
            .Where(e => e.Data is ExamAttemptOpened)
            .Select(e => (Event: (ExamAttemptOpened)e.Data, e.Timestamp))
            .ToList();
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var rows = new List<LearnerAttemptRow>(opened.Count);
        foreach (var (e, openedAt) in opened)
        {
            if (!titles.TryGetValue(e.CourseCode, out var title))
            {
                title = (await GrainFactory.GetGrain<ICourseGrain>(e.CourseCode).GetDescriptionAsync())?.Title ?? e.CourseCode;
                titles[e.CourseCode] = title;
            }

            var attempt = AttemptTimeline.Build(await journal.ReadStreamAsync(ExamAttemptState.StreamKey(e.AttemptId)));
            var status = attempt.Started is null ? AttemptStatus.NotStarted : attempt.Submitted is null ? AttemptStatus.InProgress : AttemptStatus.Submitted;
            rows.Add(new LearnerAttemptRow(e.AttemptId, e.CourseCode, title, e.AttemptNumber, openedAt, attempt.Started?.StartedAt, status, attempt.Graded?.Score, attempt.Graded?.Passed));
        }

        return new LearnerAttempts(profile, rows.OrderByDescending(r => r.OpenedAt).ToList());
    }
}
