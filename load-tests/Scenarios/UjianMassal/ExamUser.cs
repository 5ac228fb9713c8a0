using Mooc.LoadTests.Accounts;

namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>
/// One examinee: sign in (and, without the set-up phase, enrol and finish the materials), "Mulai Ujian", join the
/// exam over SignalR and answer it as <see cref="ExamAnswering"/> does, then press "Selesai" — or, for the share that
/// abandons, stop half-way and wait for the server to submit at the deadline.
/// </summary>
public sealed class ExamUser(ScenarioContext context, LearnerAccount account, ExamBehaviour behaviour)
{
    public async Task RunAsync(CancellationToken stop)
    {
        var metrics = context.Metrics;
        metrics.ActiveUsers.Increment();
        try
        {
            var outcome = await TakeExamAsync(stop);
            if (outcome is not null)
            {
                metrics.ExamOutcomes.Record(outcome);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            metrics.ExamOutcomes.Record("cut short by the end of the run");
        }
        finally
        {
            metrics.ActiveUsers.Decrement();
        }
    }

    /// <returns>How the user ended, or null when a failure was already recorded as an error (or a refusal as an outcome).</returns>
    private async Task<string?> TakeExamAsync(CancellationToken stop)
    {
        using var browser = context.SignedInBrowsers.TryGetValue(account.Username, out var early) ? early.MoveTo(context) : new LearnerBrowser(context);
        if (early is null && !await browser.SignInAsync(account, stop))
        {
            return null;
        }

        if (!context.Options.Exam.Setup)
        {
            await browser.EnrolAsync(stop);
            await browser.CompleteMaterialsAsync(stop);
        }

        if (await browser.StartExamAsync(stop) is not { } attemptId)
        {
            return null;
        }

        await using var hub = new ExamHubSession(context, browser.Cookies);
        if (!await hub.ConnectAsync(stop) || await hub.JoinAsync(attemptId, account.Username, context.Metrics.Ledger, stop) is not { } state)
        {
            return null;
        }

        if (state.IsSubmitted)
        {
            return "attempt already submitted";
        }

        var answering = new ExamAnswering(context, hub, state, account.Username, behaviour);
        return await answering.RunAsync(stop);
    }
}
