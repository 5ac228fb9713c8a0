namespace Mooc.IntegrationTests.Sittings;

/// <summary>The "Buat Jadwal" form as a browser posts it.</summary>
public sealed record SittingFields(string Code, string Name, string Participants, string Opens, string Closes, string Duration, string Wave, string Interval)
{
    public IReadOnlyDictionary<string, string> Fields => new Dictionary<string, string>
    {
        ["kode"] = Code, ["Input.Nama"] = Name, ["Input.Peserta"] = Participants, ["Input.Unit"] = "", ["Input.Buka"] = Opens,
        ["Input.Tutup"] = Closes, ["Input.Durasi"] = Duration, ["Input.Gelombang"] = Wave, ["Input.Jeda"] = Interval,
    };
}
