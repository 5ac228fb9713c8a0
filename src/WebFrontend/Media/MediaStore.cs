using System.Data;
using System.Security.Cryptography;
using Npgsql;
using NpgsqlTypes;

namespace Mooc.WebFrontend.Media;

/// <summary>
/// Uploaded media in PostgreSQL (<c>media.uploads</c>, <c>media.upload_chunks</c>, migration 0004): written in
/// 1 MiB chunks in one transaction with a SHA-256 of the whole, read back chunk by chunk, so no frontend holds a
/// whole file in memory and every frontend serves the same bytes.
/// </summary>
public sealed class MediaStore(NpgsqlDataSource database)
{
    public const int ChunkSize = 1024 * 1024;

    public async Task<StoredMedia> SaveAsync(Stream content, VideoProbeResult probe, string originalName, string uploadedBy, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        content.Position = 0;
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = new NpgsqlCommand(
            """
            insert into media.uploads (id, content_type, extension, length, chunk_size, sha256, video_seconds, original_name, uploaded_by)
            values (@id, @type, @ext, 1, @chunk, '', @seconds, @name, @by)
            """, connection, transaction))
        {
            insert.Parameters.AddWithValue("id", id);
            insert.Parameters.AddWithValue("type", probe.ContentType);
            insert.Parameters.AddWithValue("ext", probe.Extension);
            insert.Parameters.AddWithValue("chunk", ChunkSize);
            insert.Parameters.AddWithValue("seconds", (object?)Seconds(probe.Duration) ?? DBNull.Value);
            insert.Parameters.AddWithValue("name", originalName.Length > 200 ? originalName[..200] : originalName);
            insert.Parameters.AddWithValue("by", uploadedBy);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[ChunkSize];
        long length = 0;
        await using var chunk = new NpgsqlCommand("insert into media.upload_chunks (upload_id, index, data) values (@id, @index, @data)", connection, transaction);
        var index = chunk.Parameters.Add("index", NpgsqlDbType.Integer);
        var data = chunk.Parameters.Add("data", NpgsqlDbType.Bytea);
        chunk.Parameters.AddWithValue("id", id);
        for (var n = 0; ; n++)
        {
            var read = await content.ReadAtLeastAsync(buffer, ChunkSize, throwOnEndOfStream: false, cancellationToken);
            if (read == 0)
            {
                break;
            }

            hash.AppendData(buffer, 0, read);
            index.Value = n;
            data.Value = new ArraySegment<byte>(buffer, 0, read);
            data.Size = read;
            await chunk.ExecuteNonQueryAsync(cancellationToken);
            length += read;
        }

        var sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
        await using (var finish = new NpgsqlCommand("update media.uploads set length = @length, sha256 = @sha where id = @id", connection, transaction))
        {
            finish.Parameters.AddWithValue("length", length);
            finish.Parameters.AddWithValue("sha", sha256);
            finish.Parameters.AddWithValue("id", id);
            await finish.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return (await FindAsync(id, cancellationToken))!;
    }

    public async Task<StoredMedia?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "select content_type, extension, length, chunk_size, sha256, video_seconds, uploaded_at from media.uploads where id = @id");
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new StoredMedia(
            id, reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt32(3), reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetInt32(5), reader.GetFieldValue<DateTimeOffset>(6));
    }

    /// <summary>Writes bytes <paramref name="from"/>..<paramref name="to"/> (inclusive) to <paramref name="output"/>, one chunk at a time.</summary>
    public async Task CopyRangeAsync(StoredMedia media, long from, long to, Stream output, CancellationToken cancellationToken)
    {
        var first = (int)(from / media.ChunkSize);
        var last = (int)(to / media.ChunkSize);
        await using var command = database.CreateCommand(
            "select index, data from media.upload_chunks where upload_id = @id and index between @first and @last order by index");
        command.Parameters.AddWithValue("id", media.Id);
        command.Parameters.AddWithValue("first", first);
        command.Parameters.AddWithValue("last", last);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var chunkStart = (long)reader.GetInt32(0) * media.ChunkSize;
            var bytes = await reader.GetFieldValueAsync<byte[]>(1, cancellationToken);
            var start = (int)Math.Max(0, from - chunkStart);
            var end = (int)Math.Min(bytes.Length - 1, to - chunkStart);
            if (end >= start)
            {
                await output.WriteAsync(bytes.AsMemory(start, end - start + 1), cancellationToken);
            }
        }
    }

    private static int? Seconds(TimeSpan? duration) =>
        duration is { } d ? Math.Max(1, (int)Math.Round(d.TotalSeconds, MidpointRounding.AwayFromZero)) : null;
}
