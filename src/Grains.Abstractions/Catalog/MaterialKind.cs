namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>The two kinds of learning material in the manual (D.a reading, D.b video).</summary>
public enum MaterialKind
{
    Reading = 1,
    Video = 2,
}
