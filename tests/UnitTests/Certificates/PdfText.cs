using UglyToad.PdfPig;

namespace Mooc.UnitTests.Certificates;

/// <summary>The words of a PDF's first page as one string with single spaces, as PdfPig extracts them.</summary>
internal static class PdfText
{
    public static string Words(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(' ', document.GetPage(1).GetWords().Select(word => word.Text));
    }

    public static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
