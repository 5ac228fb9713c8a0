using System.Collections.Concurrent;
using System.Diagnostics;
using Mooc.LoadTests.Measurement;

namespace Mooc.LoadTests.Scenarios.UjianMassal.Board;

/// <summary>
/// Matches the board's pushes against the examinees' acknowledgements: each first answer to a question raises the
/// attempt's answered count on the board, so the time from the acknowledgement of the n-th distinct answer to the
/// first push (to each watching admin) that shows an answered count of at least n is what an admin waits to see it.
/// Changed answers do not move the count and are not matched. Off (no bookkeeping) unless admins watch.
/// </summary>
public sealed class BoardProbe(TimingRecorder recorder)
{
    private readonly ConcurrentDictionary<Guid, AttemptAnswers> _attempts = new();
    private volatile int _watchers;

    public bool Enabled => _watchers > 0;

    /// <summary>Admins watching from now on; each of them is matched on its own.</summary>
    public void Watch(int watchers) => _watchers = watchers;

    /// <summary>An examinee's answer was acknowledged as saved.</summary>
    public void Acknowledged(Guid attemptId, int question)
    {
        if (Enabled)
        {
            var early = _attempts.GetOrAdd(attemptId, _ => new AttemptAnswers(_watchers)).Acknowledged(question, Stopwatch.GetTimestamp());
            for (var i = 0; i < early; i++)
            {
                recorder.Record(TimeSpan.Zero);
            }
        }
    }

    /// <summary>Admin <paramref name="watcher"/> received a pushed row with this answered count.</summary>
    public void Shown(int watcher, Guid attemptId, int answered)
    {
        if (_attempts.TryGetValue(attemptId, out var attempt))
        {
            var now = Stopwatch.GetTimestamp();
            foreach (var acknowledgedAt in attempt.Shown(watcher, answered))
            {
                recorder.Record(Stopwatch.GetElapsedTime(acknowledgedAt, now));
            }
        }
    }
}
