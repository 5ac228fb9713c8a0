namespace Mooc.WebFrontend.Media;

/// <summary>Settings of uploaded media (<c>Media</c> section): the largest video an admin may upload.</summary>
public sealed class MediaOptions
{
    public const string Section = "Media";

    public int MaxUploadMegabytes { get; set; } = 500;

    /// <summary>Longest accepted video; the course rules allow four hours.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(4);

    public long MaxUploadBytes => MaxUploadMegabytes * 1024L * 1024L;
}
