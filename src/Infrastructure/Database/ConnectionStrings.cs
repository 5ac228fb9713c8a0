using Microsoft.Extensions.Configuration;
using Mooc.Infrastructure.Hosting;
using Npgsql;

namespace Mooc.Infrastructure.Database;

/// <summary>
/// Resolves the one PostgreSQL connection string every process uses (<c>ConnectionStrings:Mooc</c>,
/// environment variable <c>ConnectionStrings__Mooc</c>) and derives the per-schema variants.
/// </summary>
public static class ConnectionStrings
{
    public const string Name = "Mooc";
    public const string OrleansSchema = "orleans";
    public const string MartenSchema = "mooc";

    public static string Resolve(IConfiguration configuration)
    {
        var value = configuration.GetConnectionString(Name);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new StartupException(
                "No PostgreSQL connection string is configured. Set ConnectionStrings__Mooc " +
                "(for example 'Host=127.0.0.1;Port=5432;Database=mooc;Username=mooc'), or start the product with './mooc run', which starts a local PostgreSQL.");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(value);
        }
        catch (ArgumentException ex)
        {
            throw new StartupException($"ConnectionStrings__Mooc is not a valid PostgreSQL connection string: {ex.Message}");
        }

        return value;
    }

    /// <summary>Connections a process's Orleans providers may hold at once (see <see cref="ForOrleans"/>).</summary>
    public const int OrleansMaxPoolSize = 32;

    /// <summary>
    /// The Orleans ADO.NET providers query unqualified table names, so they need the schema on the search path. Their
    /// queries are short (membership, reminders, account state), so their pool is capped: it is a second pool beside the
    /// event store's, and every silo's pools together must stay below PostgreSQL's max_connections. At an exam bell,
    /// thousands of reminder registrations otherwise opened as many connections as the event store's appends.
    /// </summary>
    public static string ForOrleans(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = OrleansSchema };
        builder.MaxPoolSize = Math.Min(builder.MaxPoolSize, OrleansMaxPoolSize);
        builder.MinPoolSize = Math.Min(builder.MinPoolSize, builder.MaxPoolSize);
        return builder.ConnectionString;
    }

    public static string Describe(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{b.Host}:{b.Port}/{b.Database}";
    }
}
