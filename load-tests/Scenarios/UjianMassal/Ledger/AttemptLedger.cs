namespace Mooc.LoadTests.Scenarios.UjianMassal.Ledger;

/// <summary>
/// What one examinee's client saw of its attempt: every answer sent with its sequence and acknowledgement, the time
/// the server's ticks implied for the deadline, and how the attempt ended. Checked against the event store after the run.
/// </summary>
public sealed class AttemptLedger(string username, Guid attemptId)
{
    private readonly Dictionary<long, SentAnswer> sent = [];
    private readonly List<long> impliedDeadlines = [];
    private readonly Lock gate = new();

    public string Username { get; } = username;

    public Guid AttemptId { get; } = attemptId;

    /// <summary>The examinee pressed "Selesai" and got the result.</summary>
    public bool SubmittedByExaminee { get; private set; }

    /// <summary>The examinee stopped answering on purpose and left the attempt to the server's deadline.</summary>
    public bool Abandoned { get; private set; }

    /// <summary>When the push telling the page that the server submitted the attempt arrived (UTC), if it did.</summary>
    public DateTimeOffset? ServerSubmitPushedAt { get; private set; }

    public void Sent(long sequence, int question, int option)
    {
        lock (gate)
        {
            sent.TryAdd(sequence, new SentAnswer(sequence, question, option, null));
        }
    }

    public void Acknowledged(long sequence, string status)
    {
        lock (gate)
        {
            if (sent.TryGetValue(sequence, out var answer))
            {
                sent[sequence] = answer with { Status = status };
            }
        }
    }

    /// <summary>A tick's remaining time read at its arrival: arrival + remaining is the deadline the page would show.</summary>
    public void Ticked(DateTimeOffset receivedAt, long remainingMs)
    {
        lock (gate)
        {
            impliedDeadlines.Add(receivedAt.ToUnixTimeMilliseconds() + remainingMs);
        }
    }

    public void ServerSubmitted(DateTimeOffset pushedAt)
    {
        lock (gate)
        {
            ServerSubmitPushedAt ??= pushedAt;
        }
    }

    public void ExamineeSubmitted() => SubmittedByExaminee = true;

    public void MarkAbandoned() => Abandoned = true;

    public IReadOnlyList<SentAnswer> Answers()
    {
        lock (gate)
        {
            return [.. sent.Values.OrderBy(a => a.Sequence)];
        }
    }

    /// <summary>Deadlines implied by the ticks, in Unix milliseconds.</summary>
    public IReadOnlyList<long> ImpliedDeadlines()
    {
        lock (gate)
        {
            return [.. impliedDeadlines];
        }
    }
}
