namespace Mooc.Certificates.Fonts;

/// <summary>The family names the layout asks PDFsharp for, and the files the resolver answers them with.</summary>
internal static class CertificateTypefaces
{
    public const string Sans = "DejaVu Sans";
    public const string Serif = "DejaVu Serif";

    public const string SansFile = "DejaVuSans.ttf";
    public const string SansBoldFile = "DejaVuSans-Bold.ttf";
    public const string SerifFile = "DejaVuSerif.ttf";
    public const string SerifBoldFile = "DejaVuSerif-Bold.ttf";
    public const string SerifItalicFile = "DejaVuSerif-Italic.ttf";
}
