using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Monitoring;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.Catalog;

namespace Mooc.WebFrontend.Monitoring;

/// <summary>
/// The admin board's line to the live exam boards (admins only; a learner's connection is refused). "Watch" joins a
/// training's push group and returns the board; after a reconnect the page calls it again, which resynchronises.
/// The controls (more time, end now, reopen after a technical fault) are carried out by the attempt grains, which record
/// the admin and the reason.
/// </summary>
[Authorize(Policy = AuthFeature.AdminPolicy)]
public sealed class MonitorHub(IClusterClient cluster, CatalogService catalog, BoardWatcher watcher) : Hub
{
    public const string Path = "/hubs/pantau";
    private const string UnknownTraining = "Pelatihan tidak ditemukan.";

    public async Task<ExamBoard> Watch(string courseCode, ExamBoardQuery query)
    {
        await EnsureTrainingAsync(courseCode);
        await Groups.AddToGroupAsync(Context.ConnectionId, BoardPush.Group(courseCode));
        await watcher.WatchAsync(courseCode);
        return await cluster.GetGrain<IExamMonitorGrain>(courseCode).GetBoardAsync(Sane(query));
    }

    /// <summary>The overview of every training that can have exams (published or withdrawn): joins each board's push group and returns each one's totals.</summary>
    public async Task<IReadOnlyList<TrainingBoardTotals>> WatchAll()
    {
        var courses = await catalog.ListExamCoursesAsync();
        var totals = await Task.WhenAll(courses.Select(async course =>
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, BoardPush.Group(course.Code));
            await watcher.WatchAsync(course.Code);
            var board = await cluster.GetGrain<IExamMonitorGrain>(course.Code).GetBoardAsync(ExamBoardQuery.Default with { PageSize = 1 });
            return new TrainingBoardTotals(course.Code, course.Title, board.Totals);
        }));
        return totals.OrderBy(t => t.Title, StringComparer.CurrentCultureIgnoreCase).ToList();
    }

    /// <summary>Another page or filter of the board already watched.</summary>
    public async Task<ExamBoard> Page(string courseCode, ExamBoardQuery query)
    {
        await EnsureTrainingAsync(courseCode);
        return await cluster.GetGrain<IExamMonitorGrain>(courseCode).GetBoardAsync(Sane(query));
    }

    /// <summary>"Tambah waktu" for one attempt.</summary>
    public async Task<BoardActionResult> ExtendTime(Guid attemptId, int minutes, string reason) =>
        Summarise([await cluster.GetGrain<IExamAttemptGrain>(attemptId).ExtendTimeAsync(Action(reason), minutes)]);

    /// <summary>"Tambah waktu" for every attempt of the training still running.</summary>
    public async Task<BoardActionResult> ExtendTimeForAll(string courseCode, int minutes, string reason)
    {
        await EnsureTrainingAsync(courseCode);
        EnsureExtension(minutes, reason);
        return await ExtendEachAsync(await cluster.GetGrain<IExamMonitorGrain>(courseCode).ListRunningAsync(), minutes, reason);
    }

    /// <summary>"Tambah waktu" on a board filtered to one sitting: every attempt of that sitting still running.</summary>
    public async Task<BoardActionResult> ExtendTimeForSitting(string courseCode, Guid sittingId, int minutes, string reason)
    {
        await EnsureTrainingAsync(courseCode);
        EnsureExtension(minutes, reason);
        return await ExtendEachAsync(await cluster.GetGrain<IExamMonitorGrain>(courseCode).ListRunningInSittingAsync(sittingId), minutes, reason);
    }

    /// <summary>Refuses bad minutes or a bad reason once, before asking the board, so the admin hears it even when nobody is running.</summary>
    private static void EnsureExtension(int minutes, string? reason)
    {
        if ((ExamControlRules.RefuseReason(reason) ?? ExamControlRules.RefuseExtension(minutes)) is { } refusal)
        {
            throw new HubException(refusal);
        }
    }

    private async Task<BoardActionResult> ExtendEachAsync(IReadOnlyList<Guid> running, int minutes, string reason)
    {
        var action = Action(reason);
        var outcomes = new List<AdminActionOutcome>();
        foreach (var chunk in running.Chunk(32))
        {
            outcomes.AddRange(await Task.WhenAll(chunk.Select(id => cluster.GetGrain<IExamAttemptGrain>(id).ExtendTimeAsync(action, minutes))));
        }

        return Summarise(outcomes);
    }

    /// <summary>"Akhiri ujian": ends one attempt now; it is graded on the answers stored so far.</summary>
    public async Task<BoardActionResult> End(Guid attemptId, string reason) =>
        Summarise([await cluster.GetGrain<IExamAttemptGrain>(attemptId).EndAsync(Action(reason))]);

    /// <summary>"Buka kembali": an attempt ended by a technical fault runs again for the minutes given.</summary>
    public async Task<BoardActionResult> Reopen(Guid attemptId, int minutes, string reason) =>
        Summarise([await cluster.GetGrain<IExamAttemptGrain>(attemptId).ReopenAsync(Action(reason), minutes)]);

    public Task Leave(string courseCode) => Groups.RemoveFromGroupAsync(Context.ConnectionId, BoardPush.Group(courseCode ?? ""));

    private AdminAction Action(string? reason) => new(Context.User!.Username(), Context.User!.DisplayName(), reason ?? "");

    private static BoardActionResult Summarise(IReadOnlyList<AdminActionOutcome> outcomes) =>
        new(outcomes.Count(o => o.Done), outcomes.Count(o => !o.Done), outcomes.Where(o => !o.Done).Select(o => o.Refusal!).Distinct().ToList());

    private async Task EnsureTrainingAsync(string courseCode)
    {
        if (!CatalogService.IsPlausibleCode(courseCode) || await catalog.GetCourseAnyStatusAsync(courseCode) is null)
        {
            throw new HubException(UnknownTraining);
        }
    }

    private static ExamBoardQuery Sane(ExamBoardQuery? query) => query is null
        ? ExamBoardQuery.Default
        : new ExamBoardQuery((query.Search ?? "").Trim() is { Length: <= 100 } search ? search : "", query.OnlyInProgress,
            Math.Clamp(query.Page, 1, 10_000), Math.Clamp(query.PageSize, 1, ExamBoardQuery.MaxPageSize), query.SittingId);
}
