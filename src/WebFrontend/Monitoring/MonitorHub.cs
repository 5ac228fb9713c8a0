using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Mooc.Grains.Abstractions.Monitoring;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.Catalog;

namespace Mooc.WebFrontend.Monitoring;

/// <summary>
/// The admin board's line to the live exam boards (admins only; a learner's connection is refused). "Watch" joins a
/// training's push group and returns the board; after a reconnect the page calls it again, which resynchronises.
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

    /// <summary>Another page or filter of the board already watched.</summary>
    public async Task<ExamBoard> Page(string courseCode, ExamBoardQuery query)
    {
        await EnsureTrainingAsync(courseCode);
        return await cluster.GetGrain<IExamMonitorGrain>(courseCode).GetBoardAsync(Sane(query));
    }

    public Task Leave(string courseCode) => Groups.RemoveFromGroupAsync(Context.ConnectionId, BoardPush.Group(courseCode ?? ""));

    private async Task EnsureTrainingAsync(string courseCode)
    {
        if (!CatalogService.IsPlausibleCode(courseCode) || await catalog.GetCourseAsync(courseCode) is null)
        {
            throw new HubException(UnknownTraining);
        }
    }

    private static ExamBoardQuery Sane(ExamBoardQuery? query) => query is null
        ? ExamBoardQuery.Default
        : new ExamBoardQuery((query.Search ?? "").Trim() is { Length: <= 100 } search ? search : "", query.OnlyInProgress,
            Math.Clamp(query.Page, 1, 10_000), Math.Clamp(query.PageSize, 1, ExamBoardQuery.MaxPageSize));
}
