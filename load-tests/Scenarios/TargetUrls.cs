namespace Mooc.LoadTests.Scenarios;

/// <summary>The product's endpoints, resolved under the base URL (which may carry a path base).</summary>
public sealed record TargetUrls(Uri Home, Uri Health, Uri ClockHub, Uri ExamHub)
{
    public static TargetUrls From(Uri baseUrl)
    {
        var root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");
        return new(root, new Uri(root, "health"), new Uri(root, "hubs/clock"), new Uri(root, "hubs/ujian"));
    }
}
