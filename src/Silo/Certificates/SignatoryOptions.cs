namespace Mooc.Silo.Certificates;

/// <summary>The signature block of newly issued certificates; an issued certificate keeps the signatory it was issued with.</summary>
public sealed class SignatoryOptions
{
    public string Place { get; set; } = "Jakarta";

    public string Position { get; set; } = "Kepala Badan Pengembangan Sumber Daya Manusia";

    public string Name { get; set; } = "";

    public string Nip { get; set; } = "";
}
