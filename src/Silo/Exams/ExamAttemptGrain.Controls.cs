using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Learning;

namespace Mooc.Silo.Exams;

/// <summary>
/// The admin's controls of an attempt: more time or an end now while it runs, a reopening after a technical fault.
/// Each is an event with the admin and the reason.
/// </summary>
public sealed partial class ExamAttemptGrain
{
    public async Task<AdminActionOutcome> ExtendTimeAsync(AdminAction action, int minutes)
    {
        await SubmitIfOverdueAsync();
        var (events, refusal) = State.DecideExtend(action, minutes, time.GetUtcNow());
        if (refusal is not null)
        {
            return AdminActionOutcome.Refused(refusal);
        }

        await AppendAsync(events);
        await RunToDeadlineAsync();
        logger.LogInformation("Exam attempt {AttemptId} extended by {Minutes} min by {Admin}; deadline {Deadline:O}", AttemptId, minutes, action.AdminUsername, State.Deadline);
        return AdminActionOutcome.Ok;
    }

    public async Task<AdminActionOutcome> EndAsync(AdminAction action)
    {
        await SubmitIfOverdueAsync();
        var (events, refusal) = State.DecideEnd(action, time.GetUtcNow());
        if (refusal is not null)
        {
            return AdminActionOutcome.Refused(refusal);
        }

        await CompleteAsync(events, $"by the admin {action.AdminUsername}");
        return AdminActionOutcome.Ok;
    }

    public async Task<AdminActionOutcome> ReopenAsync(AdminAction action, int minutes)
    {
        await SubmitIfOverdueAsync();
        var (events, refusal) = State.DecideReopen(action, minutes, time.GetUtcNow());
        if (refusal is not null)
        {
            return AdminActionOutcome.Refused(refusal);
        }

        // The learner's stream opens the attempt again first: one open attempt per training, only the latest one, and
        // "Mulai Ujian" resumes it. If this grain fails after that, the admin's retry finds it open (no change there);
        // and an activation of the still graded attempt reports its result again, which closes it once more.
        var s = State.Started!;
        var learner = await GrainFactory.GetGrain<ILearnerGrain>(s.Username).ReopenAttemptAsync(s.CourseCode, AttemptId, s.AttemptNumber);
        if (!learner.Done)
        {
            return learner;
        }

        await AppendAsync(events);
        await RunToDeadlineAsync();
        logger.LogInformation("Exam attempt {AttemptId} reopened for {Minutes} min by {Admin}; deadline {Deadline:O}", AttemptId, minutes, action.AdminUsername, State.Deadline);
        return AdminActionOutcome.Ok;
    }

    /// <summary>After a new deadline: the durable backstop and the punctual timer are set for it, and everyone is told.</summary>
    private async Task RunToDeadlineAsync()
    {
        await this.RegisterOrUpdateReminder(DeadlineReminder, Until(State.Deadline) + TimeSpan.FromSeconds(1), DeadlineReminderPeriod);
        ScheduleDeadlineTimer();
        Notify();
        ReportProgress(newAnswers: 0);
    }
}
