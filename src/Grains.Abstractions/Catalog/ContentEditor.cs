namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>The admin who edits an exam or a news item: recorded with the event (audit).</summary>
[GenerateSerializer, Immutable]
public sealed record ContentEditor(
    [property: Id(0)] string Username,
    [property: Id(1)] string Name);
