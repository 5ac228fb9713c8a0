using Mooc.Grains.Abstractions.Exams;

namespace Mooc.Silo.Exams;

/// <summary>The admin's controls of a running attempt: more time, or an end now. Each is an event with the admin and the reason.</summary>
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
        // The durable backstop moves with the deadline, and the punctual timer is set again for the new one.
        await this.RegisterOrUpdateReminder(DeadlineReminder, Until(State.Deadline) + TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        ScheduleDeadlineTimer();
        Notify();
        ReportProgress(newAnswers: 0);
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
}
