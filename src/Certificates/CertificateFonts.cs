using Mooc.Certificates.Fonts;
using PdfSharp.Fonts;

namespace Mooc.Certificates;

/// <summary>
/// Registers the DejaVu fonts that certificates are set in with PDFsharp. PDFsharp's font resolver is global to the
/// process and may be set only once, so registration is too: a second call with the same folder does nothing, a call
/// with another folder afterwards is refused.
/// </summary>
public static class CertificateFonts
{
    /// <summary>Where Debian's <c>fonts-dejavu-core</c> installs the fonts.</summary>
    public const string DefaultFolder = "/usr/share/fonts/truetype/dejavu";

    /// <summary>The Debian package that provides the font files.</summary>
    public const string DebianPackage = "fonts-dejavu-core";

    private static readonly Lock Gate = new();
    private static string? registeredFolder;

    /// <summary>The full path of the folder the fonts were registered from, or null before the first registration.</summary>
    public static string? RegisteredFolder
    {
        get
        {
            lock (Gate)
            {
                return registeredFolder;
            }
        }
    }

    /// <summary>Reads the DejaVu fonts from <paramref name="folder"/> and hands them to PDFsharp (once per process).</summary>
    /// <exception cref="FileNotFoundException">A font file is missing from the folder.</exception>
    /// <exception cref="InvalidOperationException">Fonts were already registered from another folder, or another
    /// font resolver was set on PDFsharp.</exception>
    public static void Register(string folder = DefaultFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var fullPath = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar);
        lock (Gate)
        {
            if (registeredFolder == fullPath)
            {
                return;
            }

            // Read the files before looking at the state, so a folder without the fonts is always reported as such.
            var resolver = DejaVuFontResolver.Load(fullPath);
            if (registeredFolder is not null)
            {
                throw new InvalidOperationException(
                    $"The certificate fonts are already registered from '{registeredFolder}'; PDFsharp allows one " +
                    $"font resolver per process, so they cannot be registered again from '{fullPath}'.");
            }

            if (GlobalFontSettings.FontResolver is not null)
            {
                throw new InvalidOperationException(
                    "Another font resolver is already set on PDFsharp (GlobalFontSettings.FontResolver); the " +
                    "certificate fonts cannot be registered beside it.");
            }

            GlobalFontSettings.FontResolver = resolver;
            registeredFolder = fullPath;
        }
    }
}
