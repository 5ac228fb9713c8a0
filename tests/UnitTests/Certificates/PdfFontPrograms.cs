using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Mooc.UnitTests.Certificates;

/// <summary>
/// Reads, for every font in the first page's resources, whether its descriptor carries a font program (FontFile,
/// FontFile2 or FontFile3), i.e. whether the font is embedded. PdfPig's letters do not expose that, so this walks the
/// page's dictionaries; composite (Type0) fonts keep the descriptor on their descendant font.
/// </summary>
internal static class PdfFontPrograms
{
    private static readonly string[] ProgramKeys = ["FontFile", "FontFile2", "FontFile3"];

    public static IReadOnlyDictionary<string, bool> EmbeddedByBaseFont(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        var resources = Dictionary(document, page.Dictionary.Data["Resources"]);
        var fonts = Dictionary(document, resources.Data["Font"]);
        var result = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var reference in fonts.Data.Values)
        {
            var font = Dictionary(document, reference);
            var baseFont = ((NameToken)Resolve(document, font.Data["BaseFont"])).Data;
            var described = font;
            if (font.Data.TryGetValue("DescendantFonts", out var descendants))
            {
                described = Dictionary(document, ((ArrayToken)Resolve(document, descendants)).Data[0]);
            }

            var embedded = described.Data.TryGetValue("FontDescriptor", out var descriptor)
                && ProgramKeys.Any(Dictionary(document, descriptor).Data.ContainsKey);
            result[baseFont] = embedded;
        }

        return result;
    }

    private static DictionaryToken Dictionary(PdfDocument document, IToken token) =>
        (DictionaryToken)Resolve(document, token);

    private static IToken Resolve(PdfDocument document, IToken token) =>
        token is IndirectReferenceToken reference ? document.Structure.GetObject(reference.Data).Data : token;
}
