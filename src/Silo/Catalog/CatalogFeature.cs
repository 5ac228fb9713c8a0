using JasperFx.Events.Projections;
using Marten;

namespace Mooc.Silo.Catalog;

public static class CatalogFeature
{
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Projections.Add<CourseCatalogProjection>(ProjectionLifecycle.Async);
            options.Projections.Add<CourseMaterialProjection>(ProjectionLifecycle.Async);
        });
        return services;
    }
}
