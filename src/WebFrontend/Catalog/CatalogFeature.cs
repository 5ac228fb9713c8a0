namespace Mooc.WebFrontend.Catalog;

public static class CatalogFeature
{
    public static IServiceCollection AddCatalog(this IServiceCollection services) => services.AddSingleton<CatalogService>();
}
