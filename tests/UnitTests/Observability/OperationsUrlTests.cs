using Mooc.Infrastructure.Hosting;
using Mooc.Silo.Observability;

namespace Mooc.UnitTests.Observability;

public sealed class OperationsUrlTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("0")]
    public void EmptyOrZero_ShouldTurnTheEndpointOff(string? value) => Assert.Null(OperationsOptions.Parse(value));

    [Fact]
    public void Default_ShouldBeLoopback()
    {
        var url = OperationsOptions.Parse(new OperationsOptions().Url)!;

        Assert.Equal("127.0.0.1", url.Host);
        Assert.Equal(8080, url.Port);
    }

    [Theory]
    [InlineData("http://0.0.0.0:9464", 9464)]
    [InlineData("http://localhost:8081/", 8081)]
    public void AddressAndPort_ShouldBeTaken(string value, int port) => Assert.Equal(port, OperationsOptions.Parse(value)!.Port);

    [Theory]
    [InlineData("8080")]
    [InlineData("https://127.0.0.1:8080")]
    [InlineData("http://127.0.0.1")]
    [InlineData("http://127.0.0.1:8080/dashboard")]
    [InlineData("bukan alamat")]
    public void AnythingElse_ShouldStopTheSiloWithOneSentence(string value)
    {
        var error = Assert.Throws<StartupException>(() => OperationsOptions.Parse(value));

        Assert.Contains("Operations:Url", error.Message, StringComparison.Ordinal);
    }
}
