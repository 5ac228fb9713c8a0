using Microsoft.Extensions.Localization;
using Mooc.Grains.Abstractions.Sittings;
using Mooc.WebFrontend.Formatting;
using Mooc.WebFrontend.Localization;

namespace Mooc.WebFrontend.Sittings;

/// <summary>The sittings' words for people: why a change was refused, a sitting's phase, its window.</summary>
public static class SittingText
{
    public static string Refusal(IStringLocalizer<SharedResource> text, SittingRefusal refusal) => refusal switch
    {
        SittingRefusal.NameMissing => text["Nama jadwal wajib diisi."],
        SittingRefusal.NameTooLong => text["Nama jadwal paling panjang 120 karakter."],
        SittingRefusal.NoParticipants => text["Isi paling sedikit satu peserta (NIP) atau satu unit kerja."],
        SittingRefusal.TooManyParticipants => text["Peserta paling banyak 20.000 NIP dan 200 unit kerja."],
        SittingRefusal.ParticipantInvalid => text["Setiap baris peserta berisi satu NIP atau nama pengguna tanpa spasi; unit kerja paling panjang 150 karakter."],
        SittingRefusal.WindowInvalid => text["Waktu tutup harus setelah waktu buka."],
        SittingRefusal.WindowInPast => text["Waktu buka sudah lewat; pilih waktu yang akan datang."],
        SittingRefusal.WindowTooLong => text["Jendela waktu mulai paling lama 7 hari."],
        SittingRefusal.DurationOutOfRange => text["Durasi ujian harus antara 1 dan 600 menit."],
        SittingRefusal.WaveSizeInvalid => text["Ukuran gelombang paling sedikit 1 peserta."],
        SittingRefusal.IntervalOutOfRange => text["Jeda antargelombang harus antara 0 dan 600 detik."],
        SittingRefusal.NotFound => text["Jadwal ujian tidak ditemukan."],
        SittingRefusal.AlreadyOpened => text["Jadwal ini sudah berlangsung; yang dapat diubah hanya waktu tutup (diperpanjang) atau jadwal dibatalkan."],
        SittingRefusal.AlreadyEnded => text["Jadwal ini sudah selesai dan tidak dapat diubah."],
        SittingRefusal.AlreadyCancelled => text["Jadwal ini sudah dibatalkan."],
        SittingRefusal.CloseNotLater => text["Jadwal yang sedang berlangsung hanya dapat diperpanjang: waktu tutup harus setelah waktu tutup sekarang."],
        SittingRefusal.ReasonMissing => text["Alasan wajib diisi."],
        SittingRefusal.ReasonTooLong => text["Alasan pembatalan paling panjang 500 karakter."],
        SittingRefusal.NoExam => text["Pelatihan ini belum memiliki ujian akhir."],
        _ => text["Perubahan tidak disimpan."],
    };

    public static string Phase(IStringLocalizer<SharedResource> text, SittingPhase phase) => phase switch
    {
        SittingPhase.Scheduled => text["terjadwal"],
        SittingPhase.Open => text["berlangsung"],
        SittingPhase.Ended => text["telah selesai"],
        _ => text["dibatalkan"],
    };

    /// <summary>"Rabu, 2 Desember 2026 09.00–09.30 WIB" (the closing day too when it is another day).</summary>
    public static string Window(DateTimeOffset opensAt, DateTimeOffset closesAt) =>
        IndonesianTime.Day(opensAt) == IndonesianTime.Day(closesAt)
            ? $"{IndonesianTime.LongDate(opensAt)} {IndonesianTime.Hour(opensAt)}–{IndonesianTime.Clock(closesAt)}"
            : $"{IndonesianTime.LongDate(opensAt)} {IndonesianTime.Clock(opensAt)} – {IndonesianTime.LongDate(closesAt)} {IndonesianTime.Clock(closesAt)}";
}
