using Mooc.LoadTests.Accounts;

namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>
/// One examinee: sign in, enrol, finish every material, "Mulai Ujian", join the exam over SignalR, answer every
/// question (sometimes changing an earlier answer) with a think time, then submit.
/// </summary>
public sealed class ExamUser(ScenarioContext context, LearnerAccount account)
{
    /// <summary>How often an answer is preceded by a change of an earlier one.</summary>
    private const double ChangeProbability = 0.10;

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
        using var browser = new LearnerBrowser(context);
        if (!await browser.SignInAsync(account, stop))
        {
            return null;
        }

        await browser.EnrolAsync(stop);
        await browser.CompleteMaterialsAsync(stop);
        if (await browser.StartExamAsync(stop) is not { } attemptId)
        {
            return null;
        }

        await using var hub = new ExamHubSession(context, browser.Cookies);
        if (!await hub.ConnectAsync(stop) || await hub.JoinAsync(attemptId, stop) is not { } state)
        {
            return null;
        }

        if (state.IsSubmitted)
        {
            return "attempt already submitted";
        }

        await AnswerAllAsync(hub, state, stop);
        var submitted = await hub.SubmitAsync(attemptId, stop);
        return submitted is null ? null : submitted.IsSubmitted ? "submitted" : "submit answered but not submitted";
    }

    private async Task AnswerAllAsync(ExamHubSession hub, ExamState state, CancellationToken stop)
    {
        var sequence = state.LastSequence;
        var answered = new List<ExamQuestion>();
        foreach (var question in state.Questions.OrderBy(q => q.Number))
        {
            if (answered.Count > 0 && Random.Shared.NextDouble() < ChangeProbability)
            {
                var earlier = answered[Random.Shared.Next(answered.Count)];
                await ThinkAsync(stop);
                await hub.SelectAnswerAsync(state.AttemptId, earlier.Number, Random.Shared.Next(earlier.Options.Count), ++sequence, stop);
            }

            await ThinkAsync(stop);
            await hub.SelectAnswerAsync(state.AttemptId, question.Number, Random.Shared.Next(question.Options.Count), ++sequence, stop);
            answered.Add(question);
        }
    }

    /// <summary>--think-ms ± 50 %.</summary>
    private Task ThinkAsync(CancellationToken stop)
    {
        var think = context.Options.ThinkTime * (0.5 + Random.Shared.NextDouble());
        return think > TimeSpan.Zero ? Task.Delay(think, stop) : Task.CompletedTask;
    }
}
