using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.WebFrontend.CourseAdmin;

/// <summary>One line of the editor's list of materials; an empty <see cref="Id"/> is a new material.</summary>
public sealed class MaterialRow
{
    public string? Id { get; set; }

    public string? Judul { get; set; }

    public MaterialKind Jenis { get; set; } = MaterialKind.Reading;

    public int? Menit { get; set; }

    /// <summary>Position in the list; rows are sorted by it, ties keep their order.</summary>
    public int? Urutan { get; set; }

    public bool Hapus { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Id) && string.IsNullOrWhiteSpace(Judul) && Menit is null;
}
