using System.Diagnostics;
using System.Globalization;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Resilience;

/// <summary>
/// nginx (Debian's, installed by <c>./mooc test</c>) on a free loopback port in front of the cluster's frontends, with
/// the configuration the repository ships for installations (<c>deploy/nginx/mooc.conf</c>), its placeholders filled
/// with the frontends' addresses and a plain-HTTP listen line.
/// </summary>
public sealed class NginxBalancer : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/nginx";

    private readonly Process _process;
    private readonly string _folder;

    private NginxBalancer(Process process, string folder, Uri url)
    {
        _process = process;
        _folder = folder;
        Url = url;
    }

    public Uri Url { get; }

    public static async Task<NginxBalancer> StartAsync(string folder, IEnumerable<Uri> frontends)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing; './mooc test' installs the Debian nginx-light package.");
        }

        Directory.CreateDirectory(Path.Combine(folder, "logs"));
        var port = FreePort.Next();
        var servers = string.Join(" ", frontends.Select(f => $"server {f.Host}:{f.Port} max_fails=1 fail_timeout=10s;"));
        var site = (await File.ReadAllTextAsync(Path.Combine(RepoPaths.Root, "deploy", "nginx", "mooc.conf")))
            .Replace("@FRONTENDS@", servers, StringComparison.Ordinal)
            .Replace("@LISTEN@", $"listen 127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)};", StringComparison.Ordinal);
        await File.WriteAllTextAsync(Path.Combine(folder, "mooc.conf"), site);
        await File.WriteAllTextAsync(Path.Combine(folder, "nginx.conf"), $$"""
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            worker_processes 1;
            daemon off;
            pid {{folder}}/nginx.pid;
            error_log {{folder}}/logs/error.log warn;
            events { worker_connections 4096; }
            http {
                access_log off;
                client_body_temp_path {{folder}}/body;
                proxy_temp_path {{folder}}/proxy;
                include {{folder}}/mooc.conf;
            }
            """);

        var process = Process.Start(new ProcessStartInfo(Executable)
        {
            ArgumentList = { "-p", folder, "-c", Path.Combine(folder, "nginx.conf") },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        }) ?? throw new InvalidOperationException("nginx did not start");
        var url = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var balancer = new NginxBalancer(process, folder, url);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!FreePort.IsListening(port))
        {
            if (process.HasExited || DateTime.UtcNow > deadline)
            {
                var error = process.HasExited ? await process.StandardError.ReadToEndAsync() : "no answer within 15 s";
                await balancer.DisposeAsync();
                throw new InvalidOperationException($"nginx did not start: {error} {balancer.ErrorLog()}");
            }

            await Task.Delay(100);
        }

        return balancer;
    }

    public string ErrorLog()
    {
        var log = Path.Combine(_folder, "logs", "error.log");
        return File.Exists(log) ? File.ReadAllText(log) : "";
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
