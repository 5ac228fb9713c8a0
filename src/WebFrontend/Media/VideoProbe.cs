namespace Mooc.WebFrontend.Media;

/// <summary>Recognises an uploaded video by its own bytes and reads its length from its header.</summary>
public static class VideoProbe
{
    /// <summary>The container and length, or null when the file is neither an MP4 nor a WebM.</summary>
    public static VideoProbeResult? Probe(Stream seekable)
    {
        Span<byte> head = stackalloc byte[12];
        seekable.Position = 0;
        var read = seekable.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        if (Mp4Duration.HasSignature(head))
        {
            return new VideoProbeResult(VideoContainer.Mp4, Mp4Duration.Read(seekable));
        }

        if (WebMDuration.HasSignature(head) && WebMDuration.IsWebM(seekable))
        {
            return new VideoProbeResult(VideoContainer.WebM, WebMDuration.Read(seekable));
        }

        return null;
    }
}
