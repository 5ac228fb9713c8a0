namespace Mooc.WebFrontend.Certificates;

public static class CertificatesFeature
{
    public static IServiceCollection AddCertificates(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CertificateLinkOptions>()
            .Bind(configuration.GetSection(CertificateLinkOptions.Section))
            .Validate(o => string.IsNullOrWhiteSpace(o.PublicBaseUrl) || Uri.TryCreate(o.PublicBaseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https",
                "Certificates:PublicBaseUrl must be an absolute http(s) address, e.g. https://mooc.bpsdm.kemenimipas.go.id.")
            .ValidateOnStart();
        services.AddSingleton<CertificateService>();
        return services;
    }
}
