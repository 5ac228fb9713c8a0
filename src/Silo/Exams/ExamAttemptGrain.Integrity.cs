using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Integrity;

namespace Mooc.Silo.Exams;

/// <summary>
/// Proctoring and the one-page rule. The attempt is worked on one page (a browser tab, by the id the page keeps for
/// itself) at a time: a page that opens it while another page of it is connected takes it over, which is recorded as
/// a <see cref="ProctoringSignal.SecondSession"/> incident; the other page is told and its answers are refused until
/// it takes the attempt back. Which page is active lives in memory only: after a silo is lost the next page to open
/// the attempt is the active one, without an incident.
/// </summary>
public sealed partial class ExamAttemptGrain
{
    // Each hub connection that opened the attempt, with its page; several connections of one page (a reconnect whose old
    // connection has not been noticed as closed yet) are one page.
    private readonly Dictionary<string, string> _connections = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Page, ProctoringSignal Signal), DateTimeOffset> _lastSignals = [];
    private string? _activePage;

    public async Task<PageClaim> OpenPageAsync(string username, string pageId, string connectionId)
    {
        EnsureOwner(username);
        await SubmitIfOverdueAsync();
        var tookOver = _activePage is { } active && active != pageId && _connections.ContainsValue(active);
        _connections[connectionId] = pageId;
        if (State.Status != AttemptStatus.InProgress || _activePage == pageId)
        {
            return new PageClaim(View(), false);
        }

        _activePage = pageId;
        if (tookOver)
        {
            logger.LogWarning("Exam attempt {AttemptId} was taken over by another page while one was connected", AttemptId);
            await RecordSignalAsync(ProctoringSignal.SecondSession, pageId);
        }

        Notify();
        return new PageClaim(View(), tookOver);
    }

    public Task ClosePageAsync(string connectionId)
    {
        _connections.Remove(connectionId);
        return Task.CompletedTask;
    }

    public async Task<ProctoringAck> ReportSignalAsync(string username, string pageId, ProctoringSignal signal)
    {
        EnsureOwner(username);
        if (!ProctoringSignals.PageMayReport(signal))
        {
            throw new ArgumentOutOfRangeException(nameof(signal), signal, "A page may not report this signal.");
        }

        await SubmitIfOverdueAsync();
        return IsElsewhere(pageId) ? new ProctoringAck(false, State.Incidents, State.Policy, State.IncidentLimit, false) : await RecordSignalAsync(signal, pageId);
    }

    private async Task<ProctoringAck> RecordSignalAsync(ProctoringSignal signal, string pageId)
    {
        var now = time.GetUtcNow();
        var key = (pageId, signal);
        var (events, ack) = State.DecideSignal(signal, ShortPage(pageId), _lastSignals.TryGetValue(key, out var last) ? last : null, now);
        if (events.Count == 0)
        {
            return ack;
        }

        _lastSignals[key] = now;
        if (ack.Ended)
        {
            await CompleteAsync(events, $"at its incident limit ({ack.Incidents})");
        }
        else
        {
            await AppendAsync(events);
            ReportProgress(newAnswers: 0);
        }

        return ack;
    }

    private void EnsureActivePage(string? pageId)
    {
        if (State.Status == AttemptStatus.InProgress && IsElsewhere(pageId))
        {
            throw new AttemptElsewhereException();
        }
    }

    /// <summary>A page other than the active one: another tab or device has the attempt now.</summary>
    private bool IsElsewhere(string? pageId)
    {
        if (pageId is null)
        {
            return false;
        }

        _activePage ??= pageId;
        return _activePage != pageId;
    }

    /// <summary>Enough of the page's id to tell tabs apart in the replay, not the whole of it.</summary>
    private static string ShortPage(string pageId) => pageId.Length <= 8 ? pageId : pageId[..8];
}
