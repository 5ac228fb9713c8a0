using System.Net;
using Microsoft.Extensions.Configuration;
using Mooc.Infrastructure.Hosting;

namespace Mooc.Infrastructure.Orleans;

/// <summary>The <c>Orleans</c> configuration section shared by silos and frontends.</summary>
public sealed class OrleansSettings
{
    public const string Section = "Orleans";

    public string ClusterId { get; set; } = "mooc";
    public string ServiceId { get; set; } = "mooc";
    public string AdvertisedIPAddress { get; set; } = "127.0.0.1";
    public int SiloPort { get; set; } = 11111;
    public int GatewayPort { get; set; } = 30000;

    /// <summary>How long a frontend waits for a silo gateway at start-up before giving up.</summary>
    public int GatewayWaitSeconds { get; set; } = 120;

    public static OrleansSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<OrleansSettings>() ?? new OrleansSettings();
        if (!IPAddress.TryParse(settings.AdvertisedIPAddress, out _))
        {
            throw new StartupException($"Orleans:AdvertisedIPAddress '{settings.AdvertisedIPAddress}' is not an IP address.");
        }

        if (settings.SiloPort is < 1 or > 65535 || settings.GatewayPort is < 1 or > 65535)
        {
            throw new StartupException("Orleans:SiloPort and Orleans:GatewayPort must be between 1 and 65535.");
        }

        return settings;
    }

    public IPAddress AdvertisedAddress => IPAddress.Parse(AdvertisedIPAddress);
}
