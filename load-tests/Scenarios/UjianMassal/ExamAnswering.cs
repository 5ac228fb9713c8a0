namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>
/// The answering part of an exam, as the exam page does it: "Selanjutnya" (Navigate) to each question, a think time,
/// an answer with the next attempt-scoped sequence; sometimes back to change an earlier answer. An answer that got no
/// acknowledgement stays pending and is sent again, with the same sequence, after the connection is back and the
/// attempt joined again. Ends with "Selesai" (pending answers first), or for an abandoning examinee with the server's
/// submission at the deadline.
/// </summary>
public sealed class ExamAnswering(ScenarioContext context, ExamHubSession hub, ExamState state, string username, ExamBehaviour behaviour)
{
    /// <summary>How often an answer is preceded by a change of an earlier one.</summary>
    private const double ChangeProbability = 0.10;

    private static readonly TimeSpan ReconnectLimit = TimeSpan.FromSeconds(60);

    private readonly List<(long Sequence, int Question, int Option)> pending = [];
    private long sequence = state.LastSequence;
    private int current = state.CurrentQuestion;

    /// <returns>The exam's outcome for the report, or null when a failure was recorded instead.</returns>
    public async Task<string?> RunAsync(CancellationToken stop)
    {
        var questions = state.Questions.OrderBy(q => q.Number).ToList();
        var half = Math.Max(1, questions.Count / 2);
        var third = Math.Max(1, questions.Count / 3);
        var answered = new List<ExamQuestion>();
        foreach (var question in questions)
        {
            if (behaviour.Abandon && answered.Count == half)
            {
                return await AwaitDeadlineAsync(stop);
            }

            if (behaviour.Drop && answered.Count == third)
            {
                await DropAndRestoreAsync(questions[^1], stop);
            }

            if (answered.Count > 0 && Random.Shared.NextDouble() < ChangeProbability)
            {
                var earlier = answered[Random.Shared.Next(answered.Count)];
                await GoToAsync(earlier.Number, stop);
                await ThinkAsync(stop);
                await AnswerAsync(earlier, stop);
            }

            await GoToAsync(question.Number, stop);
            await ThinkAsync(stop);
            await AnswerAsync(question, stop);
            answered.Add(question);
        }

        if (!await FlushAsync(stop))
        {
            return "gave up: answers not acknowledged after reconnecting";
        }

        var submitted = await hub.SubmitAsync(state.AttemptId, stop);
        return submitted is null ? null : submitted.IsSubmitted ? SubmittedOutcome(submitted) : "Selesai answered but not submitted";
    }

    private static string SubmittedOutcome(ExamState submitted) =>
        submitted.Result is { } result && result.TryGetProperty("submittedByServer", out var byServer) && byServer.GetBoolean()
            ? "submitted by the server (deadline passed first)"
            : "submitted (Selesai)";

    /// <summary>Offline for the run's drop time: the next answer is chosen offline and waits, then goes after the rejoin.</summary>
    private async Task DropAndRestoreAsync(ExamQuestion offlineQuestion, CancellationToken stop)
    {
        await hub.DropAsync();
        var option = Random.Shared.Next(offlineQuestion.Options.Count);
        pending.Add((++sequence, offlineQuestion.Number, option));
        await Task.Delay(context.Options.Exam.DropFor, stop);
        if (await hub.RestoreAsync(stop))
        {
            await RejoinAsync(stop);
        }
    }

    private async Task<string> AwaitDeadlineAsync(CancellationToken stop)
    {
        hub.AttemptLedger?.MarkAbandoned();
        await FlushAsync(stop);
        await hub.ServerSubmitted.WaitAsync(stop);
        return "left to the deadline, submitted by the server";
    }

    private async Task GoToAsync(int question, CancellationToken stop)
    {
        if (question != current && await EnsureOnlineAsync(stop))
        {
            await hub.NavigateAsync(state.AttemptId, question, stop);
            current = question;
        }
    }

    private async Task AnswerAsync(ExamQuestion question, CancellationToken stop)
    {
        pending.Add((++sequence, question.Number, Random.Shared.Next(question.Options.Count)));
        await FlushAsync(stop);
    }

    /// <summary>Sends every pending answer in order; true when none is left unacknowledged.</summary>
    private async Task<bool> FlushAsync(CancellationToken stop)
    {
        for (var tries = 0; pending.Count > 0 && tries < 3; tries++)
        {
            if (!await EnsureOnlineAsync(stop))
            {
                continue;
            }

            while (pending.Count > 0)
            {
                var (seq, question, option) = pending[0];
                if (await hub.SelectAnswerAsync(state.AttemptId, question, option, seq, stop) is null)
                {
                    break;
                }

                pending.RemoveAt(0);
            }
        }

        return pending.Count == 0;
    }

    /// <summary>When the connection was lost, waits for the automatic reconnect and joins the attempt again.</summary>
    private async Task<bool> EnsureOnlineAsync(CancellationToken stop)
    {
        if (hub.IsConnected && !hub.NeedsRejoin)
        {
            return true;
        }

        if (!await hub.WaitOnlineAsync(ReconnectLimit, stop))
        {
            return false;
        }

        await RejoinAsync(stop);
        return hub.IsConnected;
    }

    private async Task RejoinAsync(CancellationToken stop)
    {
        if (await hub.JoinAsync(state.AttemptId, username, context.Metrics.Ledger, stop) is { } fresh)
        {
            current = fresh.CurrentQuestion;
        }
    }

    /// <summary>--think-ms ± 50 %.</summary>
    private Task ThinkAsync(CancellationToken stop)
    {
        var think = context.Options.ThinkTime * (0.5 + Random.Shared.NextDouble());
        return think > TimeSpan.Zero ? Task.Delay(think, stop) : Task.CompletedTask;
    }
}
