using Mooc.Grains.Abstractions.Accounts;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Monitoring;

namespace Mooc.Silo.Monitoring;

/// <summary>
/// A training's board as data, with its rules: a report never moves an attempt backwards (one-way messages may
/// arrive out of order), rows are found by name, NIP or unit, running attempts come first, totals are counted.
/// </summary>
public sealed class ExamBoardState
{
    private readonly Dictionary<Guid, BoardEntry> _entries = [];
    private readonly Dictionary<string, AccountProfile> _profiles = new(StringComparer.Ordinal);

    // A profile that arrives marks that examinee's rows changed without walking the whole board (10,000 profiles
    // arrive at the bell of a mass exam).
    private readonly Dictionary<string, List<Guid>> _attemptsOf = new(StringComparer.Ordinal);
    private readonly HashSet<Guid> _changed = [];
    private readonly AnswerRate _rate = new();
    private readonly Dictionary<Guid, AnswerRate> _sittingRates = [];

    public int Count => _entries.Count;

    public bool HasChanges => _changed.Count > 0;

    /// <summary>False when the report is older than what the board already shows.</summary>
    /// <param name="examineeActed">The report follows something the examinee did through the exam hub, so a page is connected;
    /// false for the board's own rebuild, which cannot know.</param>
    public bool Apply(AttemptProgress progress, bool examineeActed = true)
    {
        _rate.Add(progress.At, progress.NewAnswers);
        if (progress.SittingId is { } sitting)
        {
            if (!_sittingRates.TryGetValue(sitting, out var rate))
            {
                _sittingRates[sitting] = rate = new AnswerRate();
            }

            rate.Add(progress.At, progress.NewAnswers);
        }

        if (_entries.TryGetValue(progress.AttemptId, out var entry))
        {
            var old = entry.Progress;
            // Ordered by reopening first: a reopened attempt runs again, so it may go back from submitted.
            if ((old.Reopens, old.Status, old.At).CompareTo((progress.Reopens, progress.Status, progress.At)) > 0)
            {
                return false;
            }

            entry.Progress = progress;
            if (examineeActed)
            {
                entry.LastSeen = Max(entry.LastSeen, progress.At);
                entry.Online = entry.Online || progress.NewAnswers > 0 || old.CurrentQuestion != progress.CurrentQuestion;
            }
        }
        else
        {
            _entries[progress.AttemptId] = new BoardEntry(progress) { Online = examineeActed && progress.Status == AttemptStatus.InProgress };
            if (!_attemptsOf.TryGetValue(progress.Username, out var attempts))
            {
                _attemptsOf[progress.Username] = attempts = [];
            }

            attempts.Add(progress.AttemptId);
        }

        _changed.Add(progress.AttemptId);
        return true;
    }

    public void ApplyConnection(Guid attemptId, bool online, DateTimeOffset at)
    {
        if (_entries.TryGetValue(attemptId, out var entry))
        {
            entry.Online = online;
            entry.LastSeen = Max(entry.LastSeen, at);
            _changed.Add(attemptId);
        }
    }

    public void ApplyProfile(AccountProfile profile)
    {
        _profiles[profile.Username] = profile;
        _changed.UnionWith(_attemptsOf.GetValueOrDefault(profile.Username) ?? []);
    }

    /// <param name="sittingId">Only that sitting's attempts; null for every attempt of the training.</param>
    public IReadOnlyList<Guid> Running(Guid? sittingId = null) =>
        _entries.Where(e => e.Value.Progress.Status == AttemptStatus.InProgress && (sittingId is null || e.Value.Progress.SittingId == sittingId))
            .Select(e => e.Key).ToList();

    public IReadOnlyList<MonitoredAttempt> TakeChanges()
    {
        var rows = _changed.Where(_entries.ContainsKey).Select(id => Row(_entries[id])).ToList();
        _changed.Clear();
        return rows;
    }

    public (IReadOnlyList<MonitoredAttempt> Rows, int Matching) Page(ExamBoardQuery query)
    {
        var size = Math.Clamp(query.PageSize, 1, ExamBoardQuery.MaxPageSize);
        var matching = _entries.Values.Select(Row).Where(r => Matches(r, query))
            .OrderBy(r => r.Status == AttemptStatus.InProgress ? 0 : 1)
            .ThenBy(r => r.FullName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(r => r.AttemptId)
            .ToList();
        var page = Math.Max(1, query.Page);
        return (matching.Skip((page - 1) * size).Take(size).ToList(), matching.Count);
    }

    /// <summary>The totals of the whole board, or of the attempts of one sitting.</summary>
    public ExamBoardTotals Totals(DateTimeOffset now, Guid? sittingId = null)
    {
        var bands = new int[10];
        int started = 0, inProgress = 0, submitted = 0, passed = 0, online = 0, withIncidents = 0;
        foreach (var entry in _entries.Values)
        {
            var p = entry.Progress;
            if (sittingId is not null && p.SittingId != sittingId)
            {
                continue;
            }

            started++;
            withIncidents += p.Incidents > 0 ? 1 : 0;
            if (p.Status == AttemptStatus.InProgress)
            {
                inProgress++;
                online += entry.Online ? 1 : 0;
                continue;
            }

            submitted++;
            passed += p.Passed == true ? 1 : 0;
            bands[Math.Clamp((p.Score ?? 0) / 10, 0, 9)]++;
        }

        var rate = sittingId is null ? _rate.PerMinute(now) : _sittingRates.GetValueOrDefault(sittingId.Value)?.PerMinute(now) ?? 0;
        return new ExamBoardTotals(started, inProgress, submitted, passed, submitted - passed, online, rate, bands, withIncidents);
    }

    /// <summary>Each sitting's totals (for pages filtered to one); null when no attempt on the board started in a sitting.</summary>
    public IReadOnlyDictionary<Guid, ExamBoardTotals>? SittingTotals(DateTimeOffset now) =>
        _sittingRates.Count == 0 ? null : _sittingRates.Keys.ToDictionary(id => id, id => Totals(now, id));

    private static bool Matches(MonitoredAttempt row, ExamBoardQuery query) =>
        (!query.OnlyInProgress || row.Status == AttemptStatus.InProgress)
        && (query.SittingId is null || row.SittingId == query.SittingId)
        && (string.IsNullOrWhiteSpace(query.Search)
            || new[] { row.FullName, row.Nip, row.Unit, row.Username }.Any(v => v.Contains(query.Search.Trim(), StringComparison.CurrentCultureIgnoreCase)));

    private MonitoredAttempt Row(BoardEntry entry)
    {
        var p = entry.Progress;
        var profile = _profiles.GetValueOrDefault(p.Username);
        return new MonitoredAttempt(p.AttemptId, p.Username, profile?.FullName ?? p.Username, profile?.Nip ?? "", profile?.Unit ?? "",
            p.AttemptNumber, p.Status, p.CurrentQuestion, p.Answered, p.Total, p.Deadline, p.Score, p.Passed, p.SubmittedByServer,
            entry.Online && p.Status == AttemptStatus.InProgress, entry.LastSeen, p.SittingId,
            p.Incidents, p.LastIncident, p.LastIncidentAt, p.EndedForIncidents);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
