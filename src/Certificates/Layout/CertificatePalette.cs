using PdfSharp.Drawing;

namespace Mooc.Certificates.Layout;

/// <summary>The certificate's colours: navy and gold for the frame and headings, near-black for the text.</summary>
internal static class CertificatePalette
{
    public static readonly XColor Navy = XColor.FromArgb(0x1B, 0x2A, 0x4E);
    public static readonly XColor Gold = XColor.FromArgb(0xB0, 0x8A, 0x3E);
    public static readonly XColor PaleGold = XColor.FromArgb(0xF6, 0xEF, 0xDC);

    public static readonly XBrush NavyBrush = new XSolidBrush(Navy);
    public static readonly XBrush GoldBrush = new XSolidBrush(Gold);
    public static readonly XBrush TextBrush = new XSolidBrush(XColor.FromArgb(0x22, 0x22, 0x22));
    public static readonly XBrush MutedBrush = new XSolidBrush(XColor.FromArgb(0x55, 0x5B, 0x66));
    public static readonly XBrush QrBrush = new XSolidBrush(XColors.Black);
    public static readonly XBrush PaperBrush = new XSolidBrush(XColors.White);
}
