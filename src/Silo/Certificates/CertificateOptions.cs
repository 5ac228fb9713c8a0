namespace Mooc.Silo.Certificates;

/// <summary>Configuration section <c>Certificates</c>: the fonts the PDF embeds and who signs new certificates.</summary>
public sealed class CertificateOptions
{
    public const string Section = "Certificates";

    /// <summary>A folder with the DejaVu fonts (Debian's fonts-dejavu-core).</summary>
    public string FontFolder { get; set; } = "/usr/share/fonts/truetype/dejavu";

    public SignatoryOptions Signatory { get; set; } = new();
}
