using Microsoft.AspNetCore.Http.Features;
using Npgsql;

namespace Mooc.WebFrontend.Media;

public static class MediaFeature
{
    /// <summary>Paths whose POSTs may carry a video upload larger than the server's usual request limits.</summary>
    public const string UploadPathPrefix = "/admin/pelatihan";

    public static IServiceCollection AddMedia(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        services.Configure<MediaOptions>(configuration.GetSection(MediaOptions.Section));
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddSingleton<MediaStore>();
        services.AddSingleton<VideoUploads>();
        return services;
    }

    /// <summary>
    /// Raises the request body and multipart limits on the training editor's POSTs only, before antiforgery or model
    /// binding read the form: to twice the upload limit plus 16 MiB, so a file somewhat over the limit still reaches
    /// the page and gets its Indonesian message; only a far larger one is cut off by the server (413).
    /// </summary>
    public static IApplicationBuilder UseMediaUploadLimits(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments(UploadPathPrefix)
            && context.Request.HasFormContentType)
        {
            var limit = (context.RequestServices.GetRequiredService<VideoUploads>().MaxBytes * 2) + (16 * 1024 * 1024);
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }

            context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions { MultipartBodyLengthLimit = limit }));
        }

        await next(context);
    });
}
