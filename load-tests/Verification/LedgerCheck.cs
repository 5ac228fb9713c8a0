using Mooc.LoadTests.Reporting.Data;
using Mooc.LoadTests.Scenarios.UjianMassal.Ledger;

namespace Mooc.LoadTests.Verification;

/// <summary>
/// Compares what the clients saw acknowledged with what the event store holds. An answer acknowledged as Saved or
/// Duplicate must be stored exactly once under its sequence; the stored answer of each question must be the last
/// one the client saw saved. Superseded and Refused answers were never promised to be stored.
/// </summary>
public static class LedgerCheck
{
    private const int MaxFindings = 20;

    public static ExamVerification Compare(IReadOnlyCollection<AttemptLedger> ledgers, IReadOnlyDictionary<Guid, StoredAttempt> stored)
    {
        long acknowledged = 0, storedAnswers = 0, lost = 0, duplicates = 0, withoutAck = 0, mismatches = 0;
        int byExaminee = 0, byServer = 0, notSubmitted = 0;
        var findings = new List<string>();
        void Finding(string text)
        {
            if (findings.Count < MaxFindings)
            {
                findings.Add(text);
            }
        }

        foreach (var ledger in ledgers)
        {
            if (!stored.TryGetValue(ledger.AttemptId, out var attempt) || attempt.Username is null)
            {
                Finding($"attempt {ledger.AttemptId:N} of {ledger.Username}: no ExamStarted in the event store");
                lost += ledger.Answers().Count(a => IsPromised(a.Status));
                continue;
            }

            var bySequence = attempt.Answers.GroupBy(a => a.ClientSequence).ToDictionary(g => g.Key, g => g.ToList());
            storedAnswers += attempt.Answers.Count;
            foreach (var (sequence, events) in bySequence.Where(p => p.Value.Count > 1))
            {
                duplicates += events.Count - 1;
                Finding($"attempt {attempt.AttemptId:N}: sequence {sequence} stored {events.Count} times");
            }

            var sent = ledger.Answers().ToDictionary(a => a.Sequence);
            foreach (var answer in sent.Values.Where(a => IsPromised(a.Status)))
            {
                acknowledged++;
                if (!bySequence.TryGetValue(answer.Sequence, out var events))
                {
                    lost++;
                    Finding($"attempt {attempt.AttemptId:N}: sequence {answer.Sequence} (question {answer.Question}) acknowledged {answer.Status} but not stored");
                }
                else if (events[0].Question != answer.Question || events[0].Option != answer.Option)
                {
                    lost++;
                    Finding($"attempt {attempt.AttemptId:N}: sequence {answer.Sequence} stored as question {events[0].Question} option {events[0].Option}, sent as question {answer.Question} option {answer.Option}");
                }
            }

            withoutAck += bySequence.Keys.Count(s => !sent.TryGetValue(s, out var a) || !IsPromised(a.Status));
            mismatches += FinalMismatches(attempt, sent, Finding);
            if (!attempt.Submitted)
            {
                notSubmitted++;
            }
            else if (attempt.SubmittedByServer)
            {
                byServer++;
            }
            else
            {
                byExaminee++;
            }
        }

        return new ExamVerification(true, null, ledgers.Count, acknowledged, storedAnswers, lost, duplicates, withoutAck, mismatches,
            byExaminee, byServer, notSubmitted, findings);
    }

    public static ExamVerification NotChecked(int attempts, string reason) =>
        new(false, reason, attempts, 0, 0, 0, 0, 0, 0, 0, 0, 0, []);

    /// <summary>Acknowledged as stored: Saved now, or Duplicate (stored by an earlier send of the same sequence).</summary>
    private static bool IsPromised(string? status) => status is "Saved" or "Duplicate";

    /// <summary>Questions whose last stored answer is a promised one other than the last the client saw promised.</summary>
    private static long FinalMismatches(StoredAttempt attempt, IReadOnlyDictionary<long, SentAnswer> sent, Action<string> finding)
    {
        long mismatches = 0;
        var clientFinal = sent.Values.Where(a => IsPromised(a.Status)).GroupBy(a => a.Question).ToDictionary(g => g.Key, g => g.MaxBy(a => a.Sequence)!);
        foreach (var (question, storedLast) in attempt.Answers.GroupBy(a => a.Question).ToDictionary(g => g.Key, g => g.MaxBy(a => a.Version)!))
        {
            if (clientFinal.TryGetValue(question, out var client) && sent.TryGetValue(storedLast.ClientSequence, out var s) && IsPromised(s.Status)
                && storedLast.ClientSequence != client.Sequence)
            {
                mismatches++;
                finding($"attempt {attempt.AttemptId:N}: question {question} ends on sequence {storedLast.ClientSequence}, the client's last saved is {client.Sequence}");
            }
        }

        return mismatches;
    }
}
