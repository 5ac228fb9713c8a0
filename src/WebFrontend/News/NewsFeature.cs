namespace Mooc.WebFrontend.News;

public static class NewsFeature
{
    public static IServiceCollection AddNews(this IServiceCollection services) => services.AddSingleton<NewsService>().AddSingleton<NewsAdminService>();
}
