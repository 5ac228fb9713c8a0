using System.Net;
using System.Net.Sockets;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Hosting;

/// <summary>Wrong configuration ends a process with one clear sentence and a non-zero exit, not a stack trace.</summary>
public sealed class StartupFailureTests
{
    private static readonly TimeSpan ExitWithin = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Silo_WithUnreachablePostgres_ShouldExitNonZeroNamingTheServer()
    {
        var deadPort = FreePort.Next();
        await using var silo = ProductProcess.Start("silo", RepoPaths.SiloDll, new Dictionary<string, string>
        {
            ["ConnectionStrings__Mooc"] = $"Host=127.0.0.1;Port={deadPort};Database=mooc;Username=mooc;Timeout=3",
            ["Orleans__SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans__GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Operations__Url"] = $"http://127.0.0.1:{FreePort.Next()}",
        });

        Assert.Equal(1, await silo.WaitForExitAsync(ExitWithin));
        AssertOneClearMessage(silo.Output, $"PostgreSQL at 127.0.0.1:{deadPort}/mooc cannot be used");
    }

    [Fact]
    public async Task Silo_WithGatewayPortInUse_ShouldExitNonZeroNamingThePort()
    {
        await using var db = await TestDatabase.CreateAsync();
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var busyPort = ((IPEndPoint)occupant.LocalEndpoint).Port;

        await using var silo = ProductProcess.Start("silo", RepoPaths.SiloDll, new Dictionary<string, string>
        {
            ["ConnectionStrings__Mooc"] = db.ConnectionString,
            ["Orleans__SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans__GatewayPort"] = busyPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Operations__Url"] = $"http://127.0.0.1:{FreePort.Next()}",
        });

        Assert.Equal(1, await silo.WaitForExitAsync(ExitWithin));
        AssertOneClearMessage(silo.Output, $"port {busyPort} on 127.0.0.1 (Orleans gateway port");
    }

    [Fact]
    public async Task Silo_WithOperationsPortInUse_ShouldExitNonZeroNamingTheSetting()
    {
        await using var db = await TestDatabase.CreateAsync();
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var busyPort = ((IPEndPoint)occupant.LocalEndpoint).Port;

        await using var silo = ProductProcess.Start("silo", RepoPaths.SiloDll, new Dictionary<string, string>
        {
            ["ConnectionStrings__Mooc"] = db.ConnectionString,
            ["Orleans__SiloPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Orleans__GatewayPort"] = FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Operations__Url"] = $"http://127.0.0.1:{busyPort}",
        });

        Assert.Equal(1, await silo.WaitForExitAsync(ExitWithin));
        AssertOneClearMessage(silo.Output, $"port {busyPort} on 127.0.0.1 (the silo's operations endpoint (dashboard, metrics), Operations:Url)");
    }

    [Fact]
    public async Task Frontend_WithHttpPortInUse_ShouldExitNonZeroNamingThePort()
    {
        await using var db = await TestDatabase.CreateAsync();
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var busyPort = ((IPEndPoint)occupant.LocalEndpoint).Port;

        await using var frontend = ProductProcess.Start("frontend", RepoPaths.FrontendDll,
            new Dictionary<string, string> { ["ConnectionStrings__Mooc"] = db.ConnectionString },
            "--urls", $"http://127.0.0.1:{busyPort}");

        Assert.Equal(1, await frontend.WaitForExitAsync(ExitWithin));
        AssertOneClearMessage(frontend.Output, $"port {busyPort} on 127.0.0.1 (the frontend's HTTP address");
    }

    [Fact]
    public async Task Frontend_WithoutConnectionString_ShouldExitNonZeroSayingWhatToSet()
    {
        await using var frontend = ProductProcess.Start("frontend", RepoPaths.FrontendDll,
            new Dictionary<string, string> { ["ConnectionStrings__Mooc"] = "" },
            "--urls", $"http://127.0.0.1:{FreePort.Next()}");

        Assert.Equal(1, await frontend.WaitForExitAsync(ExitWithin));
        AssertOneClearMessage(frontend.Output, "Set ConnectionStrings__Mooc");
    }

    private static void AssertOneClearMessage(string output, string expected)
    {
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }
}
