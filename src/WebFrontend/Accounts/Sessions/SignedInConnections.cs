using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Mooc.WebFrontend.Accounts.Sessions;

/// <summary>The hub connections of signed-in users on this frontend, by username, so the ones of an ended session can be closed.</summary>
public sealed class SignedInConnections
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, HubCallerContext>> _byUser = new(StringComparer.Ordinal);

    public void Add(string username, HubCallerContext connection) =>
        _byUser.GetOrAdd(username, _ => new(StringComparer.Ordinal))[connection.ConnectionId] = connection;

    public void Remove(string username, HubCallerContext connection)
    {
        if (_byUser.TryGetValue(username, out var connections))
        {
            connections.TryRemove(connection.ConnectionId, out _);
            if (connections.IsEmpty)
            {
                _byUser.TryRemove(new KeyValuePair<string, ConcurrentDictionary<string, HubCallerContext>>(username, connections));
            }
        }
    }

    /// <summary>Closes every hub connection of <paramref name="username"/> on this frontend; returns how many.</summary>
    public int CloseAll(string username)
    {
        if (!_byUser.TryRemove(username, out var connections))
        {
            return 0;
        }

        foreach (var connection in connections.Values)
        {
            connection.Abort();
        }

        return connections.Count;
    }
}
