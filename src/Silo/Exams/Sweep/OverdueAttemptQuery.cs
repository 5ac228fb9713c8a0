using Npgsql;

namespace Mooc.Silo.Exams.Sweep;

/// <summary>
/// Finds the attempts whose deadline has passed but which are not closed yet: every running attempt has a durable
/// <see cref="ExamAttemptGrain.DeadlineReminder"/> due one second after its deadline (the attempt registers it before
/// its start is stored and removes it once graded and finished), so the Orleans reminder table is the index of them.
/// One indexed read of small rows, whatever the number of events in the store.
/// </summary>
public sealed class OverdueAttemptQuery(string orleansConnectionString, string serviceId)
{
    public async Task<IReadOnlyList<Guid>> FindAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(orleansConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "select grainid from orleans.orleansreminderstable where serviceid = @service and remindername = @name and starttime <= @due",
            connection);
        command.Parameters.AddWithValue("service", serviceId);
        command.Parameters.AddWithValue("name", ExamAttemptGrain.DeadlineReminder);
        // The reminder is due a second after the deadline; a deadline that has passed is due by now + 1 s.
        command.Parameters.AddWithValue("due", now.UtcDateTime.AddSeconds(1));
        var attempts = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (GrainId.TryParse(reader.GetString(0), out var grainId) && grainId.TryGetGuidKey(out var attempt, out _))
            {
                attempts.Add(attempt);
            }
        }

        return attempts;
    }
}
