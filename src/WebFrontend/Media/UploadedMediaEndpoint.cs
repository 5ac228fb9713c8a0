using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Mooc.WebFrontend.Media;

/// <summary>
/// Serves uploaded media at <c>/media/unggahan/{id}.{ext}</c> from the database: one byte range (206) or the whole
/// file, a strong ETag (the content hash) with 304 for a matching <c>If-None-Match</c>, and a year of caching, since
/// an id's bytes never change.
/// </summary>
public static class UploadedMediaEndpoint
{
    public static IEndpointRouteBuilder MapUploadedMedia(this IEndpointRouteBuilder app)
    {
        app.MapMethods(StoredMedia.PathPrefix + "{file}", ["GET", "HEAD"], ServeAsync);
        return app;
    }

    private static async Task<IResult> ServeAsync(string file, HttpContext context, MediaStore store, CancellationToken cancellationToken)
    {
        var dot = file.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !Guid.TryParseExact(file[..dot], "N", out var id)
            || await store.FindAsync(id, cancellationToken) is not { } media || media.Extension != file[(dot + 1)..])
        {
            return Results.NotFound();
        }

        var request = context.Request;
        var response = context.Response;
        response.Headers.ETag = media.ETag;
        response.Headers.CacheControl = "public, max-age=31536000, immutable";
        response.Headers.AcceptRanges = "bytes";
        response.Headers.LastModified = media.UploadedAt.ToString("R", CultureInfo.InvariantCulture);
        response.Headers.XContentTypeOptions = "nosniff";
        if (request.Headers.IfNoneMatch.Any(v => v is not null && (v.Contains(media.ETag, StringComparison.Ordinal) || v.Trim() == "*")))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        var (from, to) = (0L, media.Length - 1);
        if (RequestedRange(request, media) is { } range)
        {
            if (range.From is null)
            {
                response.Headers.ContentRange = $"bytes */{media.Length}";
                return Results.StatusCode(StatusCodes.Status416RangeNotSatisfiable);
            }

            (from, to) = (range.From.Value, range.To!.Value);
            response.StatusCode = StatusCodes.Status206PartialContent;
            response.Headers.ContentRange = $"bytes {from}-{to}/{media.Length}";
        }

        response.ContentType = media.ContentType;
        response.ContentLength = to - from + 1;
        if (HttpMethods.IsHead(request.Method))
        {
            return Results.Empty;
        }

        await store.CopyRangeAsync(media, from, to, response.Body, cancellationToken);
        return Results.Empty;
    }

    /// <summary>
    /// The single range asked for, resolved against the length; (null, null) when it cannot be satisfied; null to
    /// send the whole file (no Range, several ranges, a stale If-Range or a header that does not parse).
    /// </summary>
    private static (long? From, long? To)? RequestedRange(HttpRequest request, StoredMedia media)
    {
        var header = request.Headers.Range.ToString();
        if (string.IsNullOrEmpty(header) || !RangeHeaderValue.TryParse(header, out var parsed)
            || !string.Equals(parsed.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase) || parsed.Ranges.Count != 1)
        {
            return null;
        }

        var ifRange = request.Headers.IfRange.ToString();
        if (ifRange.Length > 0 && ifRange != media.ETag)
        {
            return null;
        }

        var r = parsed.Ranges.Single();
        long from, to;
        if (r.From is { } start)
        {
            from = start;
            to = Math.Min(r.To ?? media.Length - 1, media.Length - 1);
        }
        else if (r.To is { } suffix && suffix > 0)
        {
            from = Math.Max(0, media.Length - suffix);
            to = media.Length - 1;
        }
        else
        {
            return (null, null);
        }

        return from >= media.Length || from > to ? (null, null) : (from, to);
    }
}
