using JasperFx.Events.Projections;
using Marten;

namespace Mooc.Silo.News;

public static class NewsFeature
{
    public static IServiceCollection AddNews(this IServiceCollection services)
    {
        services.ConfigureMarten(options =>
        {
            options.Projections.Add<NewsProjection>(ProjectionLifecycle.Async);
            options.Schema.For<NewsArticle>().Index(n => n.PublishedOn);
        });
        return services;
    }
}
