namespace Mooc.IntegrationTests.Support;

/// <summary>
/// Polls an asynchronous condition until it holds; for effects that happen in the background (projections, reminders).
/// A read that fails over HTTP (a page that answers 404 until the read model has caught up) counts as "not yet".
/// </summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            string last;
            try
            {
                var value = await read();
                if (done(value))
                {
                    return value;
                }

                last = $"{value}";
            }
            catch (HttpRequestException ex) when (DateTime.UtcNow <= deadline)
            {
                last = ex.Message;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what} did not happen within {timeout.TotalSeconds} s; last value: {last}");
            }

            await Task.Delay(200);
        }
    }
}
