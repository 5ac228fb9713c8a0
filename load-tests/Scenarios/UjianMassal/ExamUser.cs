using Mooc.LoadTests.Accounts;

namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>
/// One examinee: sign in (and, without the set-up phase, enrol and finish the materials), "Mulai Ujian", join the
/// exam over SignalR and answer it as <see cref="ExamAnswering"/> does, then press "Selesai" — or, for the share that
/// abandons, stop half-way and wait for the server to submit at the deadline. Its HTTP requests and hub connection
/// go to the frontend of its <paramref name="route"/> (round-robin over --url) and move on when that one is gone.
/// </summary>
public sealed class ExamUser(ScenarioContext context, LearnerAccount account, ExamBehaviour behaviour, FrontendRoute route)
{
    private static readonly TimeSpan ReconnectLimit = TimeSpan.FromSeconds(60);

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
        using var browser = context.SignedInBrowsers.TryGetValue(account.Username, out var early) ? early.MoveTo(context, route) : new LearnerBrowser(context, route);
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

        await using var hub = new ExamHubSession(context, browser.Cookies, route, account.Username);
        if (!await hub.ConnectAsync(stop))
        {
            return null;
        }

        var limit = context.Options.Exam.ResendLimit;
        var state = await Patience.RetryAsync(
            async () => await hub.WaitOnlineAsync(ReconnectLimit, stop) ? await hub.JoinAsync(attemptId, account.Username, context.Metrics.Ledger, stop) : null,
            limit,
            stop);
        if (state is null)
        {
            return Patience.GaveUp(context.Metrics, "Join", limit);
        }

        if (state.IsSubmitted)
        {
            return "attempt already submitted";
        }

        var answering = new ExamAnswering(context, hub, state, account.Username, behaviour);
        return await answering.RunAsync(stop);
    }
}
