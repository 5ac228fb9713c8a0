using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting.Internal;
using Mooc.Infrastructure.Hosting;
using Mooc.WebFrontend.Accounts.Captcha;

namespace Mooc.UnitTests.Accounts;

public sealed class CaptchaFeatureTests
{
    [Fact]
    public void TestCodeInProduction_ShouldStopStartUp()
    {
        var error = Assert.Throws<StartupException>(() => Add("Production", ("TestCode", "UJI42")));

        Assert.Contains("Captcha__TestCode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TestCodeInDevelopment_ShouldBeUsedForEveryChallenge()
    {
        using var provider = Add("Development", ("TestCode", "UJI42")).BuildServiceProvider();

        Assert.Equal("UJI42", provider.GetRequiredService<CaptchaCodeGenerator>().Next());
    }

    [Fact]
    public void NoSettingsInProduction_ShouldUseTheDefaults()
    {
        using var provider = Add("Production").BuildServiceProvider();
        var options = provider.GetRequiredService<CaptchaOptions>();

        Assert.Equal((null, 5, 300), (options.TestCode, options.Length, options.LifetimeSeconds));
        Assert.NotNull(provider.GetRequiredService<CaptchaImageRenderer>());
    }

    [Theory]
    [InlineData("Length", "3")]
    [InlineData("Length", "9")]
    [InlineData("LifetimeSeconds", "29")]
    [InlineData("LifetimeSeconds", "3601")]
    [InlineData("TestCode", "THIRTEENCHARS")]
    public void OutOfRangeSetting_ShouldStopStartUpNamingTheSetting(string key, string value)
    {
        var error = Assert.Throws<StartupException>(() => Add("Development", (key, value)));

        Assert.Contains($"Captcha:{key}", error.Message, StringComparison.Ordinal);
    }

    private static ServiceCollection Add(string environmentName, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>($"Captcha:{s.Key}", s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddCaptcha(configuration, new HostingEnvironment { EnvironmentName = environmentName });
        return services;
    }
}
