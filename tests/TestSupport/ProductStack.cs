using System.Net;

namespace Mooc.TestSupport;

/// <summary>
/// The product as operators run it: silo and frontend processes from the build output, on free loopback
/// ports, against one test database. Used by browser tests and by tests of start-up behaviour.
/// </summary>
public sealed class ProductStack : IAsyncDisposable
{
    private readonly List<ProductProcess> _processes = [];

    private readonly IReadOnlyDictionary<string, string> _settings;

    private ProductStack(TestDatabase database, IReadOnlyDictionary<string, string>? settings)
    {
        Database = database;
        _settings = settings ?? new Dictionary<string, string>();
    }

    /// <summary>The fixed captcha every stack started by tests uses (Captcha__TestCode).</summary>
    public const string CaptchaCode = "UJI42";

    public TestDatabase Database { get; }

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<ProductProcess> Processes => _processes;

    /// <summary>The silo processes, each with its own <see cref="ProductProcess.OperationsUrl"/>.</summary>
    public IReadOnlyList<ProductProcess> Silos => _processes.Where(p => p.OperationsUrl is not null).ToList();

    /// <param name="settings">Extra configuration for every process, as environment variables (e.g. <c>RateLimits__LoginPermitPerMinute</c>).</param>
    public static async Task<ProductStack> StartAsync(bool seedDemoContent = true, IReadOnlyDictionary<string, string>? settings = null)
    {
        var stack = new ProductStack(await TestDatabase.CreateAsync(), settings);
        try
        {
            var silo = stack.StartSilo(seedDemoContent);
            await WaitUntilAsync(() => FreePort.IsListening(silo.GatewayPort), silo.Process, TimeSpan.FromSeconds(120));
            var port = FreePort.Next();
            stack.BaseUrl = new Uri($"http://127.0.0.1:{port}/");
            var frontend = ProductProcess.Start("frontend", RepoPaths.FrontendDll, stack.Environment(), "--urls", stack.BaseUrl.ToString().TrimEnd('/'));
            stack._processes.Add(frontend);
            using var http = new HttpClient { BaseAddress = stack.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
            await WaitUntilAsync(async () => (await TryGetAsync(http, "health")) == HttpStatusCode.OK, frontend, TimeSpan.FromSeconds(120));
            if (seedDemoContent)
            {
                // Seeding runs once the silo is up; tests start when it is done and projected.
                await WaitUntilAsync(() => silo.Process.Output.Contains("Demo content:", StringComparison.Ordinal), silo.Process, TimeSpan.FromSeconds(120));
                await WaitUntilAsync(async () => await ProjectionsCaughtUpAsync(http), frontend, TimeSpan.FromSeconds(60));
            }

            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    /// <summary>Another silo of the same cluster; returns when its gateway accepts connections.</summary>
    public async Task<ProductProcess> AddSiloAsync()
    {
        var (process, gatewayPort) = StartSilo(seedDemoContent: false);
        await WaitUntilAsync(() => FreePort.IsListening(gatewayPort), process, TimeSpan.FromSeconds(120));
        return process;
    }

    /// <summary>Another frontend on its own port (or on <paramref name="url"/>, to restart one); returns its address once /health answers.</summary>
    public async Task<Uri> AddFrontendAsync(Uri? url = null)
    {
        url ??= new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var frontend = ProductProcess.Start($"frontend-{_processes.Count + 1}", RepoPaths.FrontendDll, Environment(), "--urls", url.ToString().TrimEnd('/'));
        _processes.Add(frontend);
        using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(10) };
        await WaitUntilAsync(async () => (await TryGetAsync(http, "health")) == HttpStatusCode.OK, frontend, TimeSpan.FromSeconds(120));
        return url;
    }

    public (ProductProcess Process, int GatewayPort) StartSilo(bool seedDemoContent)
    {
        var gatewayPort = FreePort.Next();
        var operationsUrl = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        var environment = new Dictionary<string, string>(Environment())
        {
            ["Orleans__SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans__GatewayPort"] = gatewayPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Operations__Url"] = operationsUrl.ToString().TrimEnd('/'),
            ["Mooc__SeedDemoContent"] = seedDemoContent ? "true" : "false",
        };
        var process = ProductProcess.Start($"silo-{_processes.Count + 1}", RepoPaths.SiloDll, environment);
        process.OperationsUrl = operationsUrl;
        _processes.Add(process);
        return (process, gatewayPort);
    }

    public IReadOnlyDictionary<string, string> Environment()
    {
        var environment = new Dictionary<string, string>
        {
            ["ConnectionStrings__Mooc"] = Database.ConnectionString,
            ["Orleans__ClusterId"] = Database.Name,
            ["Orleans__ServiceId"] = Database.Name,
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["Captcha__TestCode"] = CaptchaCode,
            ["RateLimits__LoginPermitPerMinute"] = "1000",
        };
        foreach (var (key, value) in _settings)
        {
            environment[key] = value;
        }

        return environment;
    }

    public string Logs() => string.Join(System.Environment.NewLine, _processes.Select(p => $"--- {p.Name} ---{System.Environment.NewLine}{p.Output}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var process in Enumerable.Reverse(_processes))
        {
            await process.DisposeAsync();
        }

        await Database.DisposeAsync();
    }

    private static async Task<HttpStatusCode?> TryGetAsync(HttpClient http, string path)
    {
        try
        {
            using var response = await http.GetAsync(path);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    private static async Task<bool> ProjectionsCaughtUpAsync(HttpClient http)
    {
        try
        {
            using var health = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("health"));
            var data = health.RootElement.GetProperty("checks").GetProperty("projections").GetProperty("data");
            return data.GetProperty("lagEvents").GetInt64() == 0 && data.GetProperty("highestEventSequence").GetInt64() > 0;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or KeyNotFoundException or System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private static Task WaitUntilAsync(Func<bool> condition, ProductProcess process, TimeSpan timeout) =>
        WaitUntilAsync(() => Task.FromResult(condition()), process, timeout);

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, ProductProcess process, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{process.Name} exited with {process.ExitCode} during start-up:{System.Environment.NewLine}{process.Output}");
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{process.Name} was not ready within {timeout.TotalSeconds} s:{System.Environment.NewLine}{process.Output}");
            }

            await Task.Delay(250);
        }
    }
}
