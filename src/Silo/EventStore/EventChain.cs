using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mooc.Silo.EventStore;

/// <summary>
/// The hash chain over a stream (issue 9, tamper evidence). Each event carries, in its stored headers, the digest of
/// the stream up to the event before it and its own digest: SHA-256 over that previous digest, the stream key, the
/// event's version, its type and its content in a canonical JSON form (object keys sorted, so the form does not
/// depend on how PostgreSQL's <c>jsonb</c> reorders them). Changing, removing or reordering a stored event breaks
/// the chain at that event; the last digest stands for the whole stream.
/// </summary>
public static class EventChain
{
    public const string PreviousHeader = "chain_previous";

    public const string DigestHeader = "chain_digest";

    /// <summary>The digest of the first event's predecessor: nothing.</summary>
    public const string Genesis = "";

    private static readonly JsonSerializerOptions Canonical = new() { WriteIndented = false };

    public static string Digest(string previous, string streamKey, long version, object data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var text = $"{previous}\n{streamKey}\n{version}\n{data.GetType().Name}\n{CanonicalJson(data)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>The event's content as JSON with every object's keys in ordinal order.</summary>
    public static string CanonicalJson(object data)
    {
        var node = JsonSerializer.SerializeToNode(data, data.GetType(), Canonical);
        return Sorted(node)?.ToJsonString(Canonical) ?? "null";
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sorted).ToArray()),
        _ => node?.DeepClone(),
    };
}
