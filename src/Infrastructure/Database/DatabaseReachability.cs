using System.Net.Sockets;
using Mooc.Infrastructure.Hosting;
using Npgsql;

namespace Mooc.Infrastructure.Database;

/// <summary>Turns "PostgreSQL cannot be used" into one sentence that names the server and the reason.</summary>
public static class DatabaseReachability
{
    public static async Task EnsureReachableAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Timeout > 10)
        {
            builder.Timeout = 10;
        }

        try
        {
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
        {
            throw new StartupException(
                $"PostgreSQL at {ConnectionStrings.Describe(connectionString)} cannot be used: {Reason(ex)}. " +
                "Check ConnectionStrings__Mooc, or unset it to let './mooc run' start a local PostgreSQL.");
        }
    }

    private static string Reason(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    return $"{pg.MessageText} (SQLSTATE {pg.SqlState})";
                case SocketException socket:
                    return socket.SocketErrorCode == SocketError.ConnectionRefused
                        ? "connection refused (is the server running and is the port right?)"
                        : socket.Message;
                case TimeoutException:
                    return "no answer within the connection timeout";
            }
        }

        return ex.Message;
    }
}
