using JasperFx.Events.Projections;
using Marten;
using Microsoft.Extensions.Options;
using Mooc.Certificates;

namespace Mooc.Silo.Certificates;

public static class CertificatesFeature
{
    /// <summary>Issuing (with the configured signatory), rendering and the certificates' read model.</summary>
    public static IServiceCollection AddCertificates(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CertificateOptions>()
            .Bind(configuration.GetSection(CertificateOptions.Section))
            .Validate(o => Directory.Exists(o.FontFolder), "Certificates:FontFolder is not a folder; install Debian's fonts-dejavu-core or point it at the DejaVu fonts.")
            .ValidateOnStart();
        services.AddSingleton<CertificateIssuer>();
        services.AddSingleton(provider => new CertificatePdfRenderer(provider.GetRequiredService<IOptions<CertificateOptions>>().Value.FontFolder));
        return services.AddCertificateReadModel();
    }

    /// <summary>The read model alone, for tools that only project (the projection rebuild).</summary>
    public static IServiceCollection AddCertificateReadModel(this IServiceCollection services) =>
        services.ConfigureMarten(options => options.Projections.Add<CertificateRecordProjection>(ProjectionLifecycle.Async));
}
