using System.Text.RegularExpressions;
using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.WebFrontend.CourseAdmin;

/// <summary>
/// The training editor's form: every field of <see cref="CourseDescription"/> as the admin types it. Numbers and the
/// new code are checked here (with Indonesian messages); everything else by the course grain's own rules.
/// </summary>
public sealed partial class CourseForm
{
    public string? Kode { get; set; }

    public string? Judul { get; set; }

    public string? Ringkasan { get; set; }

    public CourseLevel Level { get; set; } = CourseLevel.Basic;

    public int? Jp { get; set; }

    public bool Sertifikat { get; set; } = true;

    public string? Penyelenggara { get; set; }

    public string? Deskripsi { get; set; }

    /// <summary>One requirement per line.</summary>
    public string? Persyaratan { get; set; }

    public string? InstrukturNama { get; set; }

    public string? InstrukturJabatan { get; set; }

    public string? InstrukturBiografi { get; set; }

    public int? DurasiHari { get; set; }

    public bool HapusPratinjau { get; set; }

    public List<MaterialRow> Materi { get; set; } = [];

    /// <summary>The new-code pattern, e.g. PLT-IMI-004: three letters, three letters, three digits.</summary>
    [GeneratedRegex("^[A-Z]{3}-[A-Z]{3}-[0-9]{3}$")]
    public static partial Regex CodePattern();

    public static CourseForm From(CourseDescription d) => new()
    {
        Judul = d.Title,
        Ringkasan = d.Summary,
        Level = d.Level,
        Jp = d.LessonHours,
        Sertifikat = d.HasCertificate,
        Penyelenggara = d.Organiser,
        Deskripsi = d.Description,
        Persyaratan = string.Join("\n", d.Requirements),
        InstrukturNama = d.Instructor.Name,
        InstrukturJabatan = d.Instructor.Position,
        InstrukturBiografi = d.Instructor.Biography,
        DurasiHari = d.DurationDays,
        Materi = d.Materials.Select((m, i) => new MaterialRow { Id = m.Id, Judul = m.Title, Jenis = m.Kind, Menit = m.Minutes, Urutan = i + 1 }).ToList(),
    };

    /// <summary>The first problem the grain cannot word for the admin (numbers that did not parse), or null.</summary>
    public string? NumberProblem()
    {
        if (Jp is null)
        {
            return "JP harus berupa angka 1 sampai 1.000.";
        }

        if (DurasiHari is null)
        {
            return "Durasi harus berupa angka 1 sampai 366 hari.";
        }

        return Materi.Any(m => !m.Hapus && !m.IsBlank && m.Menit is null) ? "Setiap materi memerlukan judul, jenis dan durasi 1 sampai 600 menit." : null;
    }

    /// <summary>
    /// The description to save: kept rows in their new order, new rows with fresh ids (never one in use or retired),
    /// the preview clip kept unless removed or replaced.
    /// </summary>
    public CourseDescription ToDescription(string? previewPath, IEnumerable<string> usedIds)
    {
        var taken = new HashSet<string>(usedIds, StringComparer.Ordinal);
        var materials = Materi
            .Select((row, index) => (row, index))
            .Where(x => !x.row.Hapus && !x.row.IsBlank)
            .OrderBy(x => x.row.Urutan ?? int.MaxValue).ThenBy(x => x.index)
            .Select(x => new MaterialOutline(
                string.IsNullOrWhiteSpace(x.row.Id) ? NextId(taken) : x.row.Id.Trim(),
                x.row.Judul?.Trim() ?? "", x.row.Jenis, x.row.Menit ?? 0))
            .ToList();
        return new CourseDescription(
            Judul?.Trim() ?? "", Ringkasan?.Trim() ?? "", Level, Jp ?? 0, Sertifikat, Penyelenggara?.Trim() ?? "",
            (Deskripsi ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim(),
            Lines(Persyaratan),
            new InstructorProfile(InstrukturNama?.Trim() ?? "", InstrukturJabatan?.Trim() ?? "", (InstrukturBiografi ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim()),
            materials, DurasiHari ?? 0, HapusPratinjau ? null : previewPath);
    }

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private static string NextId(HashSet<string> taken)
    {
        var next = taken.Select(id => id.Length > 1 && id[0] == 'm' && int.TryParse(id[1..], out var n) ? n : 0).DefaultIfEmpty(0).Max() + 1;
        var id = $"m{next:00}";
        taken.Add(id);
        return id;
    }
}
