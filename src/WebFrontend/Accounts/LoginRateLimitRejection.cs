using Microsoft.AspNetCore.RateLimiting;

namespace Mooc.WebFrontend.Accounts;

/// <summary>The 429 answer: a short Indonesian page that says to wait, with Retry-After.</summary>
public static class LoginRateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var response = context.HttpContext.Response;
        var seconds = context.Lease.TryGetMetadata(System.Threading.RateLimiting.MetadataName.RetryAfter, out var retryAfter) ? (int)retryAfter.TotalSeconds : 60;
        response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(
            "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            "<title>Terlalu banyak percobaan · MOOC BPSDM</title></head><body style=\"font-family:sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem\">" +
            "<h1>Terlalu banyak percobaan login</h1>" +
            $"<p>Demi keamanan akun, percobaan login dari perangkat ini dibatasi. Silakan tunggu sekitar {seconds} detik, lalu <a href=\"/Login\">coba lagi</a>.</p>" +
            "</body></html>", cancellationToken);
    }
}
