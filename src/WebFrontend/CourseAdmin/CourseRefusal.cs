namespace Mooc.WebFrontend.CourseAdmin;

/// <summary>
/// The course grain refuses with English developer messages; the editor shows each as an Indonesian message (a
/// localisation key, with the grain's list of material ids as <c>{0}</c> where it names some).
/// </summary>
public static class CourseRefusal
{
    private static readonly (string English, string Indonesian)[] Messages =
    [
        ("A course code is", "Kode pelatihan hanya boleh berisi huruf, angka dan tanda hubung (maksimal 40 karakter)."),
        ("The title is required", "Judul wajib diisi, maksimal 200 karakter."),
        ("The summary is required", "Ringkasan wajib diisi, maksimal 1.000 karakter."),
        ("The level is not", "Pilih level: Dasar, Menengah atau Lanjutan."),
        ("Lesson hours (JP)", "JP harus berupa angka 1 sampai 1.000."),
        ("The organiser is required", "Penyelenggara wajib diisi."),
        ("Description, requirements", "Deskripsi, persyaratan, instruktur dan daftar materi wajib ada."),
        ("The duration must be", "Durasi harus berupa angka 1 sampai 366 hari."),
        ("The preview video is", "Video pratinjau harus berupa berkas yang diunggah ke situs ini."),
        ("Material ids must be unique", "Id materi tidak boleh ganda."),
        ("Every material needs an id", "Setiap materi memerlukan judul, jenis dan durasi 1 sampai 600 menit."),
        ("A material id is", "Id materi tidak valid."),
        ("Material ids once removed", "Id materi yang pernah dihapus tidak dapat dipakai lagi: {0}."),
        ("Materials with content cannot change kind", "Jenis materi yang sudah berisi tidak dapat diubah ({0}); hapus materi itu lalu tambahkan materi baru."),
        ("There is no course", "Pelatihan tidak ditemukan."),
        ("A reason", "Alasan wajib diisi, maksimal 500 karakter."),
        ("The reason is at most", "Alasan maksimal 500 karakter."),
        ("Every material needs its content", "Setiap materi harus diisi sebelum pelatihan diterbitkan; belum diisi: {0}."),
        ("Material '", "Isi materi tidak sesuai: bacaan memerlukan teks Markdown (maksimal 100.000 karakter), video memerlukan berkas video."),
    ];

    /// <summary>The Indonesian key and its argument (the ids after the grain's last colon, if any).</summary>
    public static (string Key, string Argument) Translate(string english)
    {
        var (_, indonesian) = Messages.FirstOrDefault(m => english.StartsWith(m.English, StringComparison.Ordinal));
        if (indonesian is null)
        {
            return ("Perubahan ditolak; periksa kembali isian formulir.", "");
        }

        var colon = english.LastIndexOf(": ", StringComparison.Ordinal);
        return (indonesian, colon < 0 ? "" : english[(colon + 2)..].TrimEnd('.'));
    }
}
