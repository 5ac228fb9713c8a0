using System.Diagnostics;

namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>
/// The answering part of an exam, as the exam page does it: "Selanjutnya" (Navigate) to each question, a think time,
/// an answer with the next attempt-scoped sequence; sometimes back to change an earlier answer. An answer that got no
/// acknowledgement stays pending and is sent again, with the same sequence, after the connection is back and the
/// attempt joined again. Ends with "Selesai" (pending answers first), or for an abandoning examinee with the server's
/// submission at the deadline. Patient, as the page is through a server-side fault: a failed SelectAnswer, Navigate,
/// Join or Submit is tried again after 1 s, 2 s, 5 s, then every 5 s, for up to --resend-limit-seconds; only then does
/// the examinee give up (counted and recorded as an error).
/// </summary>
public sealed class ExamAnswering(ScenarioContext context, ExamHubSession hub, ExamState state, string username, ExamBehaviour behaviour)
{
    /// <summary>How often an answer is preceded by a change of an earlier one.</summary>
    private const double ChangeProbability = 0.10;

    /// <summary>How often a page left to the deadline looks at its connection.</summary>
    private static readonly TimeSpan IdleCheck = TimeSpan.FromMilliseconds(500);

    private static readonly TimeSpan ReconnectLimit = TimeSpan.FromSeconds(60);

    private readonly List<PendingAnswer> pending = [];
    private readonly TimeSpan limit = context.Options.Exam.ResendLimit;
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
                if (await AnswerAtAsync(earlier, stop) is { } gaveUp)
                {
                    return gaveUp;
                }
            }

            if (await AnswerAtAsync(question, stop) is { } stopped)
            {
                return stopped;
            }

            answered.Add(question);
        }

        if (!await FlushAsync(stop))
        {
            return Patience.GaveUp(context.Metrics, "answers", limit);
        }

        var submitted = await Patience.RetryAsync(
            async () => await EnsureOnlineAsync(stop) ? await hub.SubmitAsync(state.AttemptId, stop) : null, limit, stop);
        return submitted is null ? Patience.GaveUp(context.Metrics, "Submit", limit)
            : submitted.IsSubmitted ? SubmittedOutcome(submitted) : "Selesai answered but not submitted";
    }

    /// <returns>Null when answered (acknowledged); the outcome when the examinee gave up.</returns>
    private async Task<string?> AnswerAtAsync(ExamQuestion question, CancellationToken stop)
    {
        if (!await GoToAsync(question.Number, stop))
        {
            return Patience.GaveUp(context.Metrics, "Navigate", limit);
        }

        await ThinkAsync(stop);
        pending.Add(new PendingAnswer(++sequence, question.Number, Random.Shared.Next(question.Options.Count)));
        return await FlushAsync(stop) ? null : Patience.GaveUp(context.Metrics, "answers", limit);
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
        pending.Add(new PendingAnswer(++sequence, offlineQuestion.Number, option));
        await Task.Delay(context.Options.Exam.DropFor, stop);
        if (await hub.RestoreAsync(stop))
        {
            await RejoinAsync(stop);
        }
    }

    private async Task<string> AwaitDeadlineAsync(CancellationToken stop)
    {
        hub.AttemptLedger?.MarkAbandoned();
        if (!await FlushAsync(stop))
        {
            return Patience.GaveUp(context.Metrics, "answers", limit);
        }

        // The page stays open and idle. Like the exam page, it comes back by itself when its connection is lost (here or
        // on the next frontend) and joins again; a submission it missed while away is seen in the state the Join returns.
        while (true)
        {
            await Task.WhenAny(hub.ServerSubmitted, Task.Delay(IdleCheck, stop));
            stop.ThrowIfCancellationRequested();
            if (hub.ServerSubmitted.IsCompleted)
            {
                return "left to the deadline, submitted by the server";
            }

            if ((!hub.IsConnected || hub.NeedsRejoin) && await hub.WaitOnlineAsync(ReconnectLimit, stop)
                && await hub.JoinAsync(state.AttemptId, username, context.Metrics.Ledger, stop) is { IsSubmitted: true })
            {
                return "left to the deadline, submitted by the server (seen on joining again)";
            }
        }
    }

    /// <returns>False when Navigate still failed after the resend limit.</returns>
    private async Task<bool> GoToAsync(int question, CancellationToken stop)
    {
        if (question == current)
        {
            return true;
        }

        var moved = await Patience.RetryAsync(
            async () => await EnsureOnlineAsync(stop) ? await hub.NavigateAsync(state.AttemptId, question, stop) : null, limit, stop);
        if (moved is not null)
        {
            current = question;
        }

        return moved is not null;
    }

    /// <summary>
    /// Sends every pending answer in order, each with its own sequence; after a failure waits (1 s, 2 s, 5 s, then 5 s)
    /// and sends the rest again, for up to the resend limit. True when none is left unacknowledged.
    /// </summary>
    private async Task<bool> FlushAsync(CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        for (var failures = 0; pending.Count > 0; failures++)
        {
            if (await EnsureOnlineAsync(stop))
            {
                await SendPendingAsync(stop);
            }

            if (pending.Count == 0)
            {
                break;
            }

            if (Stopwatch.GetElapsedTime(started) >= limit)
            {
                return false;
            }

            await Task.Delay(RetryBackoff.Delay(failures), stop);
        }

        return true;
    }

    private async Task SendPendingAsync(CancellationToken stop)
    {
        while (pending.Count > 0)
        {
            var answer = pending[0];
            if (answer.FirstSent == 0)
            {
                pending[0] = answer = answer with { FirstSent = Stopwatch.GetTimestamp() };
            }

            if (await hub.SelectAnswerAsync(state.AttemptId, answer.Question, answer.Option, answer.Sequence, answer.FirstSent, stop) is null)
            {
                return;
            }

            pending.RemoveAt(0);
        }
    }

    /// <summary>When the connection was lost, waits for it to come back (here or on the next frontend) and joins the attempt again.</summary>
    private async Task<bool> EnsureOnlineAsync(CancellationToken stop)
    {
        if (hub.IsConnected && !hub.NeedsRejoin)
        {
            return true;
        }

        return await hub.WaitOnlineAsync(ReconnectLimit, stop) && await RejoinAsync(stop);
    }

    private async Task<bool> RejoinAsync(CancellationToken stop)
    {
        if (await hub.JoinAsync(state.AttemptId, username, context.Metrics.Ledger, stop) is not { } fresh)
        {
            return false;
        }

        current = fresh.CurrentQuestion;
        return true;
    }

    /// <summary>--think-ms ± 50 %.</summary>
    private Task ThinkAsync(CancellationToken stop)
    {
        var think = context.Options.ThinkTime * (0.5 + Random.Shared.NextDouble());
        return think > TimeSpan.Zero ? Task.Delay(think, stop) : Task.CompletedTask;
    }
}
