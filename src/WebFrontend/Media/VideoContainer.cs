namespace Mooc.WebFrontend.Media;

/// <summary>The video formats an admin may upload, by their real signature (never by file name or browser type).</summary>
public enum VideoContainer
{
    Mp4 = 1,
    WebM = 2,
}
