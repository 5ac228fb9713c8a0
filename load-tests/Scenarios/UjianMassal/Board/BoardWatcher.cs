using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Mooc.LoadTests.Accounts;
using Mooc.LoadTests.Safety;

namespace Mooc.LoadTests.Scenarios.UjianMassal.Board;

/// <summary>
/// One admin with "Pantau Ujian" open on the run's training: signed in through the Login page, on the monitor hub
/// (<c>/hubs/pantau</c>) like the board page, receiving every push of changed rows; each row's answered count goes to
/// the <see cref="BoardProbe"/>. It reconnects and watches again as the page does.
/// </summary>
public sealed class BoardWatcher : IAsyncDisposable
{
    private const string Operation = "board watch";

    private readonly ScenarioContext _context;
    private readonly int _index;
    private readonly LearnerBrowser _browser;
    private HubConnection? _connection;

    public BoardWatcher(ScenarioContext context, int index)
    {
        _context = context;
        _index = index;
        _browser = new LearnerBrowser(context);
    }

    /// <returns>False when the admin could not sign in or watch (recorded as an error).</returns>
    public async Task<bool> StartAsync(CancellationToken stop)
    {
        var exam = _context.Options.Exam;
        if (!await _browser.SignInAsync(new LearnerAccount(exam.AdminUser, exam.AdminPassword), stop))
        {
            _context.Metrics.Errors.Record(Operation, "admin sign-in failed");
            return false;
        }

        var allowRemote = _context.Options.AllowRemote;
        _connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_context.Urls.Home, "hubs/pantau"), o =>
            {
                o.Cookies = _browser.Cookies;
                if (!allowRemote)
                {
                    o.HttpMessageHandlerFactory = inner => new LoopbackOnlyHandler(inner);
                }
            })
            .WithAutomaticReconnect()
            .Build();
        _connection.On<JsonElement>("changed", OnChanged);
        _connection.Reconnected += _ => WatchAsync(CancellationToken.None);
        try
        {
            await _connection.StartAsync(stop);
            await WatchAsync(stop);
            return true;
        }
        catch (Exception ex) when (ex is HttpRequestException or HubException or InvalidOperationException)
        {
            _context.Metrics.Errors.Record(Operation, ex.GetType().Name);
            return false;
        }
    }

    private Task WatchAsync(CancellationToken stop) =>
        _connection!.InvokeAsync<JsonElement>("Watch", _context.Options.Course, new { search = "", onlyInProgress = false, page = 1, pageSize = 50 }, stop);

    private void OnChanged(JsonElement change)
    {
        _context.Metrics.BoardPushes.Increment();
        if (!change.TryGetProperty("changed", out var rows) || rows.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        _context.Metrics.BoardRows.Add(rows.GetArrayLength());
        foreach (var row in rows.EnumerateArray())
        {
            if (row.TryGetProperty("attemptId", out var id) && id.TryGetGuid(out var attemptId) && row.TryGetProperty("answered", out var answered))
            {
                _context.Metrics.Board.Shown(_index, attemptId, answered.GetInt32());
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _browser.Dispose();
    }
}
