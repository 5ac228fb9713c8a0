using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.Silo.Catalog;

/// <summary>Read model: the body of one material (document id = <c>code/materialId</c>), kept apart from the catalogue card.</summary>
public sealed class CourseMaterial
{
    public string Id { get; set; } = "";

    public MaterialContent? Content { get; set; }

    public static string IdFor(string code, string materialId) => $"{code}/{materialId}";
}
