namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>One entry of a training's list of materials ("Daftar materi", manual C.3.b); <see cref="Id"/> is stable within the course.</summary>
[GenerateSerializer, Immutable]
public sealed record MaterialOutline(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] MaterialKind Kind,
    [property: Id(3)] int Minutes);
