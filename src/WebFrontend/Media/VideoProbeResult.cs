namespace Mooc.WebFrontend.Media;

/// <summary>What the file's own header says: its container and its length (null when the header does not give it).</summary>
public sealed record VideoProbeResult(VideoContainer Container, TimeSpan? Duration)
{
    public string Extension => Container == VideoContainer.Mp4 ? "mp4" : "webm";

    public string ContentType => Container == VideoContainer.Mp4 ? "video/mp4" : "video/webm";
}
