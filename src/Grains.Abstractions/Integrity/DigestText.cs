namespace Mooc.Grains.Abstractions.Integrity;

/// <summary>A chain digest as people read and compare it: lower-case hex in groups of eight.</summary>
public static class DigestText
{
    public const int GroupLength = 8;

    public static string Grouped(string digest) =>
        string.Join(' ', digest.Chunk(GroupLength).Select(c => new string(c)));
}
