namespace Mooc.LoadTests.Running;

/// <summary>One GET /health before any load, so a dead or unhealthy target fails fast with a clear message.</summary>
public static class HealthPreflight
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <returns>Null when the target answered 200; otherwise what to tell the user.</returns>
    public static async Task<string?> CheckAsync(HttpClient http, Uri health)
    {
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            using var response = await http.GetAsync(health, timeout.Token);
            if ((int)response.StatusCode == 200)
            {
                return null;
            }

            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            return $"{health} answered HTTP {(int)response.StatusCode} {response.StatusCode}, not 200; the target is not healthy. "
                + $"Body: {Shorten(body)}";
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return $"{health} did not answer within {Timeout.TotalSeconds:0} s. Is the product running (./mooc run)?";
        }
        catch (Exception exception)
        {
            return $"Cannot reach {health}: {exception.GetBaseException().Message}. Is the product running (./mooc run) on that port?";
        }
    }

    private static string Shorten(string body) => body.Length <= 400 ? body : body[..400] + "…";
}
