using PdfSharp.Fonts;

namespace Mooc.Certificates.Fonts;

/// <summary>Serves the five DejaVu faces a certificate uses from memory, read once from the font folder.</summary>
internal sealed class DejaVuFontResolver : IFontResolver
{
    private static readonly string[] FileNames =
    [
        CertificateTypefaces.SansFile, CertificateTypefaces.SansBoldFile, CertificateTypefaces.SerifFile,
        CertificateTypefaces.SerifBoldFile, CertificateTypefaces.SerifItalicFile,
    ];

    private readonly Dictionary<string, byte[]> faces;

    private DejaVuFontResolver(Dictionary<string, byte[]> faces) => this.faces = faces;

    /// <exception cref="FileNotFoundException">One or more of the files is missing; the message names each.</exception>
    public static DejaVuFontResolver Load(string folder)
    {
        var missing = FileNames.Select(name => Path.Combine(folder, name)).Where(path => !File.Exists(path)).ToList();
        if (missing.Count > 0)
        {
            throw new FileNotFoundException(
                $"Certificate font file(s) missing: {string.Join(", ", missing)}. Install the Debian package " +
                $"{CertificateFonts.DebianPackage} (apt-get install {CertificateFonts.DebianPackage}) or register " +
                "a folder that holds the DejaVu fonts.",
                missing[0]);
        }

        return new DejaVuFontResolver(FileNames.ToDictionary(
            name => name, name => File.ReadAllBytes(Path.Combine(folder, name)), StringComparer.Ordinal));
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (string.Equals(familyName, CertificateTypefaces.Serif, StringComparison.OrdinalIgnoreCase))
        {
            return (bold, italic) switch
            {
                (true, false) => new FontResolverInfo(CertificateTypefaces.SerifBoldFile),
                (false, true) => new FontResolverInfo(CertificateTypefaces.SerifItalicFile),
                (true, true) => new FontResolverInfo(CertificateTypefaces.SerifBoldFile, false, true),
                _ => new FontResolverInfo(CertificateTypefaces.SerifFile),
            };
        }

        if (string.Equals(familyName, CertificateTypefaces.Sans, StringComparison.OrdinalIgnoreCase))
        {
            return new FontResolverInfo(bold ? CertificateTypefaces.SansBoldFile : CertificateTypefaces.SansFile,
                false, italic);
        }

        // Null makes PDFsharp report the unknown family instead of silently substituting another font.
        return null;
    }

    public byte[]? GetFont(string faceName) => faces.GetValueOrDefault(faceName);
}
