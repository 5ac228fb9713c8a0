namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>The content of one material of a training was published or replaced.</summary>
public sealed record CourseMaterialPublished(string Code, string MaterialId, MaterialContent Content);
