namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>The admin who makes a change to a training, named in its event for the audit trail.</summary>
[GenerateSerializer, Immutable]
public sealed record CourseEditor([property: Id(0)] string Username, [property: Id(1)] string Name);
