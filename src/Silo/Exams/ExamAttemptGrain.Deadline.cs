using Mooc.Grains.Abstractions.Exams;

namespace Mooc.Silo.Exams;

/// <summary>
/// The attempt's clock: the punctual grain timer while it runs, and the durable backstop (the reminder, and the deadline
/// sweeps that call <see cref="CloseIfOverdueAsync"/>) after a deactivation, a lost silo or a cluster that was down.
/// </summary>
public sealed partial class ExamAttemptGrain
{
    public Task ReceiveReminder(string reminderName, TickStatus status) => CloseIfOverdueAsync();

    public async Task<bool> CloseIfOverdueAsync()
    {
        if (State.Status == AttemptStatus.InProgress)
        {
            await SubmitIfOverdueAsync();
            return State.Status != AttemptStatus.InProgress;
        }

        // Submitted (finish what may be missing: certificate, learner's record), or never started (the start's append
        // failed after its reminder was registered): either way the backstop has nothing left to guard.
        if (State.Started is not null)
        {
            await FinishAsync();
        }

        if (await this.GetReminder(DeadlineReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        return true;
    }

    private async Task SubmitIfOverdueAsync()
    {
        if (State.Status == AttemptStatus.InProgress && State.IsPastDeadline(time.GetUtcNow()))
        {
            await SubmitAsync(byServer: true);
        }
    }

    /// <summary>
    /// First tick just after the deadline (a timer may fire a little early, and an early tick finds nothing overdue),
    /// then every <see cref="DeadlineRecheck"/> until the submission is committed; no ticks before the deadline.
    /// </summary>
    private void ScheduleDeadlineTimer()
    {
        _deadlineTimer?.Dispose();
        _deadlineTimer = this.RegisterGrainTimer(
            static (grain, _) => grain.SubmitIfOverdueAsync(),
            this,
            new GrainTimerCreationOptions { DueTime = Until(State.Deadline) + DeadlineMargin, Period = DeadlineRecheck, KeepAlive = true });
    }

    private TimeSpan Until(DateTimeOffset moment)
    {
        var wait = moment - time.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }
}
