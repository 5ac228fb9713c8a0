using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;

namespace Mooc.Infrastructure.Hosting;

/// <summary>
/// JSON lines when <c>Logging:Console:FormatterName</c> is <c>json</c>: always with scopes (the attempt id of exam
/// work, the request of a frontend) and a full UTC timestamp. The shared <c>FormatterOptions</c> section of the
/// settings is written for the human-readable single-line format (time of day only), so JSON overrides those two.
/// </summary>
public static class JsonConsoleLogs
{
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    public static IServiceCollection AddJsonConsoleLogDefaults(this IServiceCollection services) =>
        services.PostConfigure<JsonConsoleFormatterOptions>(o =>
        {
            o.IncludeScopes = true;
            o.UseUtcTimestamp = true;
            o.TimestampFormat = TimestampFormat;
        });
}
