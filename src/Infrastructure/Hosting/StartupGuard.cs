using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Npgsql;

namespace Mooc.Infrastructure.Hosting;

/// <summary>
/// Runs a process body and turns a failed start into one clear line on stderr and exit code 1,
/// instead of a stack trace. Set MOOC_VERBOSE_ERRORS=1 to also print the exception.
/// </summary>
public static class StartupGuard
{
    public static Task<int> RunAsync(string processName, Func<Task> body) =>
        RunAsync(processName, async () =>
        {
            await body();
            return 0;
        });

    /// <summary>As above, for a body that decides its own exit code.</summary>
    public static async Task<int> RunAsync(string processName, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception ex) when (Describe(ex) is { } message)
        {
            await Console.Error.WriteLineAsync($"{processName} could not start: {message}");
            if (Environment.GetEnvironmentVariable("MOOC_VERBOSE_ERRORS") == "1")
            {
                await Console.Error.WriteLineAsync(ex.ToString());
            }

            return 1;
        }
    }

    /// <summary>The operator-facing sentence for a start-up failure.</summary>
    public static string Describe(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case StartupException startup:
                    return startup.Message;
                case AddressInUseException inUse:
                    return $"a port is already in use ({inUse.Message}).";
                case SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } socket:
                    return $"a port is already in use ({socket.Message}).";
                case NpgsqlException npgsql:
                    return $"PostgreSQL failed: {npgsql.Message}";
            }

            if (e is AggregateException { InnerExceptions.Count: > 0 } aggregate)
            {
                return Describe(aggregate.InnerExceptions[0]);
            }
        }

        return $"{ex.GetType().Name}: {ex.Message}";
    }
}
