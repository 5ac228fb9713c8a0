namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>The content of one material of a training was published or replaced; the admin is absent on events from before the editor.</summary>
public sealed record CourseMaterialPublished(string Code, string MaterialId, MaterialContent Content, string? AdminUsername = null, string? AdminName = null);
