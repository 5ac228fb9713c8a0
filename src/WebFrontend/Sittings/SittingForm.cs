using System.Globalization;
using Microsoft.Extensions.Localization;
using Mooc.Grains.Abstractions.Sittings;
using Mooc.WebFrontend.Formatting;
using Mooc.WebFrontend.Localization;

namespace Mooc.WebFrontend.Sittings;

/// <summary>
/// The "Buat Jadwal" / "Ubah Jadwal" form as typed: participants one NIP a line, units one a line, the window in WIB.
/// <see cref="ToPlan"/> reads it or says, in Indonesian, what cannot be read; the schedule's own rules come after.
/// </summary>
public sealed class SittingForm
{
    public string? Nama { get; set; }

    public string? Peserta { get; set; }

    public string? Unit { get; set; }

    public string? Buka { get; set; }

    public string? Tutup { get; set; }

    public string? Durasi { get; set; }

    public string? Gelombang { get; set; }

    public string? Jeda { get; set; }

    public static SittingForm From(ExamSittingPlan plan) => new()
    {
        Nama = plan.Name,
        Peserta = string.Join('\n', plan.Participants),
        Unit = string.Join('\n', plan.Units),
        Buka = IndonesianTime.InputValue(plan.OpensAt),
        Tutup = IndonesianTime.InputValue(plan.ClosesAt),
        Durasi = plan.DurationMinutes.ToString(CultureInfo.InvariantCulture),
        Gelombang = plan.WaveSize.ToString(CultureInfo.InvariantCulture),
        Jeda = plan.WaveIntervalSeconds.ToString(CultureInfo.InvariantCulture),
    };

    public (ExamSittingPlan? Plan, string? Problem) ToPlan(IStringLocalizer<SharedResource> text)
    {
        if (IndonesianTime.FromInput(Buka) is not { } opens)
        {
            return (null, text["Waktu buka tidak valid; isi tanggal dan jam (WIB)."]);
        }

        if (IndonesianTime.FromInput(Tutup) is not { } closes)
        {
            return (null, text["Waktu tutup tidak valid; isi tanggal dan jam (WIB)."]);
        }

        if (Number(Durasi) is not { } duration)
        {
            return (null, text["Durasi ujian harus berupa bilangan bulat (menit)."]);
        }

        if (Number(Gelombang) is not { } wave)
        {
            return (null, text["Ukuran gelombang harus berupa bilangan bulat."]);
        }

        if (Number(Jeda) is not { } interval)
        {
            return (null, text["Jeda antargelombang harus berupa bilangan bulat (detik)."]);
        }

        var participants = Split(Peserta, ['\n', '\r', ',', ';', ' ', '\t']);
        return (new ExamSittingPlan((Nama ?? "").Trim(), participants, Split(Unit, ['\n', '\r']), opens, closes, duration, wave, interval), null);
    }

    /// <summary>NIPs may be pasted one a line or separated by commas or spaces; a unit's name may hold those, so one a line.</summary>
    private static IReadOnlyList<string> Split(string? value, char[] separators) =>
        (value ?? "").Split(separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static int? Number(string? value) =>
        int.TryParse((value ?? "").Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;
}
