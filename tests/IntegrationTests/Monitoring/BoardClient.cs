using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Monitoring;

/// <summary>A real SignalR client of the monitor hub, signed in, that keeps every pushed change with the moment it came.</summary>
public sealed class BoardClient : IAsyncDisposable
{
    private BoardClient(HubConnection connection) => Connection = connection;

    public HubConnection Connection { get; }

    public ConcurrentQueue<(JsonElement Change, long At)> Changes { get; } = new();

    public static async Task<BoardClient> ConnectAsync(Uri frontend, string username, string password)
    {
        var cookies = new CookieContainer();
        using (var http = LoopbackHttp.Create(frontend, cookies: cookies))
        {
            await SignInClient.SignInAsync(http, username, password);
        }

        var connection = new HubConnectionBuilder().WithUrl(new Uri(frontend, "hubs/pantau"), o => o.Cookies = cookies).Build();
        var client = new BoardClient(connection);
        connection.On<JsonElement>("changed", c => client.Changes.Enqueue((c.Clone(), Stopwatch.GetTimestamp())));
        await connection.StartAsync();
        return client;
    }

    public Task<JsonElement> WatchAsync(string courseCode, string search = "") =>
        Connection.InvokeAsync<JsonElement>("Watch", courseCode, new { search, onlyInProgress = false, page = 1, pageSize = 50 });

    /// <summary>The first pushed row of the attempt that satisfies <paramref name="done"/>, and when it came.</summary>
    public async Task<(JsonElement Row, long At)> RowAsync(Guid attemptId, Func<JsonElement, bool> done, TimeSpan timeout)
    {
        var until = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            foreach (var (change, at) in Changes)
            {
                foreach (var row in change.GetProperty("changed").EnumerateArray())
                {
                    if (row.GetProperty("attemptId").GetGuid() == attemptId && done(row))
                    {
                        return (row, at);
                    }
                }
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"No pushed row of attempt {attemptId} matched within {timeout}.");
    }

    public async ValueTask DisposeAsync() => await Connection.DisposeAsync();
}
