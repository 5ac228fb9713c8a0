namespace Mooc.LoadTests.Scenarios.UjianMassal.Board;

/// <summary>
/// One attempt's distinct answered questions with the moment each was acknowledged, and how far each admin has seen.
/// A push can reach an admin before the examinee's own acknowledgement reaches the examinee (two connections): such an
/// answer counts as shown at once, with no wait.
/// </summary>
public sealed class AttemptAnswers(int watchers)
{
    private readonly HashSet<int> _questions = [];
    private readonly List<long> _acknowledgedAt = [];
    private readonly int[] _matched = new int[watchers];
    private readonly int[] _shown = new int[watchers];

    /// <returns>How many admins had already been shown this answer.</returns>
    public int Acknowledged(int question, long timestamp)
    {
        lock (_questions)
        {
            if (!_questions.Add(question))
            {
                return 0;
            }

            _acknowledgedAt.Add(timestamp);
            var n = _acknowledgedAt.Count;
            var early = 0;
            for (var w = 0; w < _matched.Length; w++)
            {
                if (_shown[w] >= n && _matched[w] < n)
                {
                    _matched[w] = n;
                    early++;
                }
            }

            return early;
        }
    }

    /// <summary>The acknowledgements this push shows the admin for the first time.</summary>
    public IReadOnlyList<long> Shown(int watcher, int answered)
    {
        lock (_questions)
        {
            if (watcher < 0 || watcher >= _matched.Length)
            {
                return [];
            }

            _shown[watcher] = Math.Max(_shown[watcher], answered);
            var upTo = Math.Min(answered, _acknowledgedAt.Count);
            var from = _matched[watcher];
            if (upTo <= from)
            {
                return [];
            }

            _matched[watcher] = upTo;
            return _acknowledgedAt.GetRange(from, upTo - from);
        }
    }
}
