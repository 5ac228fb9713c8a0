using System.Text.Json;
using Npgsql;

namespace Mooc.LoadTests.Verification;

/// <summary>
/// Reads the attempts' streams straight from Marten's tables (schema <c>mooc</c>) and the exam-history rows the
/// projection wrote. Read-only; it never writes to the product's database.
/// </summary>
public sealed class EventStoreReader(string connectionString) : IAsyncDisposable
{
    private const string EventsSql = """
        select stream_id, version, type, data, timestamp from mooc.mt_events
        where stream_id = any(@streams) and type in ('exam_started', 'answer_selected', 'exam_time_extended', 'exam_submitted', 'exam_graded')
        order by stream_id, version
        """;

    private const string HistorySql = "select id, mt_last_modified from mooc.mt_doc_examhistoryrow where id = any(@ids)";

    private const string GradedCountSql = "select count(*) from mooc.mt_events where stream_id = any(@streams) and type = 'exam_graded'";

    private const string HistoryCountSql = "select count(*) from mooc.mt_doc_examhistoryrow where id = any(@ids)";

    private readonly NpgsqlDataSource source = NpgsqlDataSource.Create(connectionString);

    public static string StreamKey(Guid attemptId) => $"attempt:{attemptId:N}";

    public async Task<IReadOnlyDictionary<Guid, StoredAttempt>> ReadAsync(IReadOnlyCollection<Guid> attemptIds, CancellationToken cancel)
    {
        var builders = attemptIds.ToDictionary(id => StreamKey(id), id => new AttemptBuilder(id));
        await using (var command = source.CreateCommand(EventsSql))
        {
            command.Parameters.AddWithValue("streams", builders.Keys.ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancel);
            while (await reader.ReadAsync(cancel))
            {
                using var data = JsonDocument.Parse(reader.GetString(3));
                builders[reader.GetString(0)].Add(reader.GetInt64(1), reader.GetString(2), data.RootElement, reader.GetFieldValue<DateTimeOffset>(4));
            }
        }

        var history = await ReadHistoryAsync(attemptIds, cancel);
        return builders.Values.Select(b => b.Build(history.GetValueOrDefault(b.AttemptId))).ToDictionary(a => a.AttemptId);
    }

    /// <summary>How many of <paramref name="attemptIds"/> are graded, and how many of those the projection has written.</summary>
    public async Task<(long Graded, long HistoryRows)> CountGradedAsync(IReadOnlyCollection<Guid> attemptIds, CancellationToken cancel)
    {
        await using var graded = source.CreateCommand(GradedCountSql);
        graded.Parameters.AddWithValue("streams", attemptIds.Select(StreamKey).ToArray());
        await using var rows = source.CreateCommand(HistoryCountSql);
        rows.Parameters.AddWithValue("ids", attemptIds.Select(id => id.ToString("N")).ToArray());
        return ((long)(await graded.ExecuteScalarAsync(cancel))!, (long)(await rows.ExecuteScalarAsync(cancel))!);
    }

    public ValueTask DisposeAsync() => source.DisposeAsync();

    private async Task<Dictionary<Guid, DateTimeOffset>> ReadHistoryAsync(IReadOnlyCollection<Guid> attemptIds, CancellationToken cancel)
    {
        var rows = new Dictionary<Guid, DateTimeOffset>();
        await using var command = source.CreateCommand(HistorySql);
        command.Parameters.AddWithValue("ids", attemptIds.Select(id => id.ToString("N")).ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
        {
            rows[Guid.ParseExact(reader.GetString(0), "N")] = reader.GetFieldValue<DateTimeOffset>(1);
        }

        return rows;
    }

    private sealed class AttemptBuilder(Guid attemptId)
    {
        private readonly List<StoredAnswer> answers = [];
        private string? username;
        private DateTimeOffset? deadline;
        private bool submitted;
        private bool byServer;
        private DateTimeOffset? submittedAt;
        private DateTimeOffset? gradedAt;

        public Guid AttemptId => attemptId;

        public void Add(long version, string type, JsonElement data, DateTimeOffset committedAt)
        {
            switch (type)
            {
                case "exam_started":
                    username = data.GetProperty("Username").GetString();
                    deadline = data.GetProperty("Deadline").GetDateTimeOffset();
                    break;
                case "exam_time_extended":
                    // An admin's "more time": the deadline the server must honour from now on.
                    deadline = data.GetProperty("NewDeadline").GetDateTimeOffset();
                    break;
                case "answer_selected":
                    answers.Add(new StoredAnswer(version, data.GetProperty("QuestionNumber").GetInt32(), data.GetProperty("Option").GetInt32(), data.GetProperty("ClientSequence").GetInt64()));
                    break;
                case "exam_submitted":
                    submitted = true;
                    byServer = data.GetProperty("ByServer").GetBoolean();
                    submittedAt = committedAt;
                    break;
                case "exam_graded":
                    gradedAt = committedAt;
                    break;
            }
        }

        public StoredAttempt Build(DateTimeOffset? historyRow) =>
            new(attemptId, username, deadline, answers, submitted, byServer, submittedAt, gradedAt, historyRow == default ? null : historyRow);
    }
}
