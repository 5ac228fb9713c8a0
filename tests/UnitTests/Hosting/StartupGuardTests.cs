using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Connections;
using Mooc.Infrastructure.Hosting;

namespace Mooc.UnitTests.Hosting;

public sealed class StartupGuardTests
{
    [Fact]
    public void StartupException_ShouldBeShownAsItsOwnSentence() =>
        Assert.Equal("No PostgreSQL.", StartupGuard.Describe(new StartupException("No PostgreSQL.")));

    [Fact]
    public void WrappedPortClash_ShouldBeNamedAsAPortInUse()
    {
        var wrapped = new InvalidOperationException("host failed", new IOException("bind failed", new AddressInUseException("Address already in use")));

        Assert.StartsWith("a port is already in use", StartupGuard.Describe(wrapped), StringComparison.Ordinal);
    }

    [Fact]
    public void AggregateFailure_ShouldDescribeItsFirstCause() =>
        Assert.Equal("first", StartupGuard.Describe(new AggregateException(new StartupException("first"), new StartupException("second"))));

    [Fact]
    public async Task FailingBody_ShouldReturnExitCodeOne()
    {
        var code = await StartupGuard.RunAsync("test", () => throw new StartupException("broken"));

        Assert.Equal(1, code);
    }

    [Fact]
    public void PortInUse_ShouldBeRefusedNamingPortAndPurpose()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var error = Assert.Throws<StartupException>(() => PortAvailability.EnsureFree($"http://127.0.0.1:{port}", "the web port"));

        Assert.Contains($"port {port} on 127.0.0.1 (the web port)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidListenAddress_ShouldBeRefused() =>
        Assert.Throws<StartupException>(() => PortAvailability.EnsureFree("not a url", "the web port"));
}
