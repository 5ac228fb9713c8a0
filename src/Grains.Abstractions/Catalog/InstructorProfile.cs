namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>"Profil instruktur" (manual C.3.b.4).</summary>
[GenerateSerializer, Immutable]
public sealed record InstructorProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] string Position,
    [property: Id(2)] string Biography);
