using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Mooc.Certificates.Fonts;

/// <summary>Creates the fonts of the layout, always with PDFsharp's Unicode (Identity-H) encoding, which writes a
/// ToUnicode map, so names with ’ or é are drawn and extracted correctly.</summary>
internal static class CertificateFontSet
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);

    public static XFont Serif(double size) => new(CertificateTypefaces.Serif, size, XFontStyleEx.Regular, Unicode);

    public static XFont SerifBold(double size) => new(CertificateTypefaces.Serif, size, XFontStyleEx.Bold, Unicode);

    public static XFont SerifItalic(double size) => new(CertificateTypefaces.Serif, size, XFontStyleEx.Italic, Unicode);

    public static XFont Sans(double size) => new(CertificateTypefaces.Sans, size, XFontStyleEx.Regular, Unicode);

    public static XFont SansBold(double size) => new(CertificateTypefaces.Sans, size, XFontStyleEx.Bold, Unicode);
}
