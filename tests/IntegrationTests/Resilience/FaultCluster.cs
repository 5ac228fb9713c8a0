using System.Globalization;
using Mooc.Grains.Abstractions.Exams;
using Mooc.IntegrationTests.Exams;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Resilience;

/// <summary>
/// Three silos and two frontends on one test database, as processes, with the run folder that <c>./mooc fault</c> acts on
/// (silo-N.pid, frontend-N.pid, postgres.env of the test server). Each fault test starts from the whole cluster:
/// <see cref="HealAsync"/> starts again whatever the previous test killed, as the run command's supervisor would.
/// </summary>
public sealed class FaultCluster : IAsyncLifetime
{
    public const int Silos = 3;
    public const int Frontends = 2;

    /// <summary>Trainings with a one-minute exam, one per fault, so each run has its own attempts.</summary>
    public static readonly string[] Courses = ["UJI-GGL-SILO", "UJI-GGL-WEB", "UJI-GGL-PG"];

    private readonly Dictionary<string, ProductProcess> _processes = [];
    private readonly Dictionary<string, Uri> _frontendUrls = [];
    private ProductStack _product = null!;
    private IHost _client = null!;
    private NginxBalancer? _balancer;

    public DirectoryInfo RunDirectory { get; } = Directory.CreateTempSubdirectory("mooc-fault-run-");

    public ProductStack Product => _product;

    public IReadOnlyList<Uri> FrontendUrls => [.. Enumerable.Range(1, Frontends).Select(i => _frontendUrls[$"frontend-{i}"])];

    public IClusterClient Grains => _client.Services.GetRequiredService<IClusterClient>();

    /// <summary>The shipped nginx configuration in front of both frontends (started by the first test that asks for it).</summary>
    public async Task<NginxBalancer> BalancerAsync() =>
        _balancer ??= await NginxBalancer.StartAsync(Path.Combine(RunDirectory.FullName, "nginx"), FrontendUrls);

    public async Task InitializeAsync()
    {
        _product = await ProductStack.StartAsync(settings: new Dictionary<string, string>
        {
            ["RateLimits__LoginPermitPerMinute"] = "1000000",
            // The set-up imports and signs in hundreds of accounts; the hash's cost is not what these tests measure.
            ["Accounts__PasswordHashIterations"] = "1000",
        });
        Track("silo-1", _product.Processes[0]);
        Track("frontend-1", _product.Processes[1], _product.BaseUrl);
        _client = await TestClient.StartAsync(_product.Database);
        foreach (var course in Courses)
        {
            await ExamFixture.PublishAsync(Grains, course, OneMinuteExam());
        }

        await HealAsync();
        var postgres = Environment.GetEnvironmentVariable("MOOC_TEST_POSTGRES_ENV");
        if (postgres is { Length: > 0 } && File.Exists(postgres))
        {
            File.Copy(postgres, Path.Combine(RunDirectory.FullName, "postgres.env"), overwrite: true);
        }
    }

    /// <summary>Starts every silo and frontend that is not running (on the same frontend address) and waits for three active silos.</summary>
    public async Task HealAsync()
    {
        for (var i = 1; i <= Silos; i++)
        {
            if (!_processes.TryGetValue($"silo-{i}", out var silo) || silo.HasExited)
            {
                Track($"silo-{i}", await _product.AddSiloAsync());
            }
        }

        for (var i = 1; i <= Frontends; i++)
        {
            var name = $"frontend-{i}";
            if (!_processes.TryGetValue(name, out var frontend) || frontend.HasExited)
            {
                var url = await _product.AddFrontendAsync(_frontendUrls.GetValueOrDefault(name));
                Track(name, _product.Processes[^1], url);
            }
        }

        await Eventually.GetAsync(() => Grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true), h => h.Count == Silos,
            TimeSpan.FromSeconds(90), "three active silos");
        foreach (var url in FrontendUrls)
        {
            using var http = new HttpClient { BaseAddress = url, Timeout = TimeSpan.FromSeconds(10) };
            await Eventually.GetAsync(() => HealthAsync(http), h => h.StartsWith("200", StringComparison.Ordinal), TimeSpan.FromSeconds(120), $"{url} healthy");
        }
    }

    /// <returns>The status code and the body of the frontend's /health (which check failed, and why).</returns>
    private static async Task<string> HealthAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync("health");
            return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return ex.Message;
        }
    }

    /// <summary>The name (silo-N) of the silo that runs the projection daemon, and how many hold its lock.</summary>
    public async Task<(string? Name, int Holders)> DaemonSiloAsync()
    {
        var silos = _processes.Where(p => p.Key.StartsWith("silo-", StringComparison.Ordinal) && !p.Value.HasExited).ToList();
        var holders = await DaemonLockHolder.FindAsync(_product.Database, silos.Select(s => s.Value.Id));
        return (silos.FirstOrDefault(s => holders.Contains(s.Value.Id)).Key, holders.Count);
    }

    public string Logs() => $"{_product.Logs()}{Environment.NewLine}nginx: {_balancer?.ErrorLog()}";

    public async Task DisposeAsync()
    {
        if (_balancer is not null)
        {
            await _balancer.DisposeAsync();
        }

        await _client.StopAsync();
        _client.Dispose();
        await _product.DisposeAsync();
        RunDirectory.Delete(recursive: true);
    }

    private void Track(string name, ProductProcess process, Uri? url = null)
    {
        _processes[name] = process;
        if (url is not null)
        {
            _frontendUrls[name] = url;
        }

        File.WriteAllText(Path.Combine(RunDirectory.FullName, $"{name}.pid"), process.Id.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Ten of twelve questions in one minute: the deadlines fall while the examinees answer and the faults recover.</summary>
    private static ExamDefinition OneMinuteExam() => new(
        new ExamSettings(10, 1, 70, 3, true, true, true),
        [.. Enumerable.Range(1, 12).Select(i => new ExamQuestion($"q{i:00}", $"Pertanyaan uji gangguan nomor {i}?", ["A", "B", "C", "D"], i % 4))]);
}
