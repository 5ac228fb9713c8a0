namespace Mooc.IntegrationTests.Support;

/// <summary>Polls an asynchronous condition until it holds; for effects that happen in the background (projections, reminders).</summary>
public static class Eventually
{
    public static async Task<T> GetAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{what} did not happen within {timeout.TotalSeconds} s; last value: {value}");
            }

            await Task.Delay(200);
        }
    }
}
