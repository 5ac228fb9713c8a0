using Marten;
using Mooc.Grains.Abstractions.Operations;
using Mooc.Infrastructure.Database;
using Npgsql;
using Orleans.Concurrency;

namespace Mooc.Silo.Operations;

/// <summary>
/// Reads the daemon's progress rows (projection shards are named <c>Projection:Shard</c>; Marten's own
/// bookkeeping rows are not), the newest event and, when behind, the oldest waiting event straight from Marten's tables.
/// </summary>
[StatelessWorker]
public sealed class ProjectionStatusGrain(IDocumentStore store) : Grain, IProjectionStatusGrain
{
    private const string Schema = ConnectionStrings.MartenSchema;

    public async Task<ProjectionStatus> GetStatusAsync()
    {
        await using var session = store.QuerySession();
        var connection = (NpgsqlConnection)session.Connection!;
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        long highest = 0;
        DateTimeOffset? highestAt = null;
        await using (var command = new NpgsqlCommand($"select seq_id, timestamp from {Schema}.mt_events order by seq_id desc limit 1", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            if (await reader.ReadAsync())
            {
                highest = reader.GetInt64(0);
                highestAt = reader.GetFieldValue<DateTimeOffset>(1);
            }
        }

        var projections = new List<ProjectionState>();
        await using (var command = new NpgsqlCommand($"select name, last_seq_id, last_updated from {Schema}.mt_event_progression where name like '%:%' order by name", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                projections.Add(new ProjectionState(
                    reader.GetString(0),
                    reader.GetInt64(1),
                    reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2)));
            }
        }

        // The commit time of the first event the slowest projection still has to process: the lag in time.
        DateTimeOffset? oldestWaitingAt = null;
        var slowest = projections.Count == 0 ? 0 : projections.Min(p => p.Sequence);
        if (highest > slowest)
        {
            await using var command = new NpgsqlCommand($"select timestamp from {Schema}.mt_events where seq_id > @slowest order by seq_id limit 1", connection);
            command.Parameters.AddWithValue("slowest", slowest);
            if (await command.ExecuteScalarAsync() is DateTime waiting)
            {
                oldestWaitingAt = new DateTimeOffset(DateTime.SpecifyKind(waiting, DateTimeKind.Utc));
            }
        }

        return new ProjectionStatus(highest, highestAt, projections, oldestWaitingAt);
    }
}
