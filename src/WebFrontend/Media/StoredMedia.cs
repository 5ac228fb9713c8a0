namespace Mooc.WebFrontend.Media;

/// <summary>One uploaded file as the database holds it; <see cref="Path"/> is where the site serves it.</summary>
public sealed record StoredMedia(Guid Id, string ContentType, string Extension, long Length, int ChunkSize, string Sha256, int? VideoSeconds, DateTimeOffset UploadedAt)
{
    public const string PathPrefix = "/media/unggahan/";

    public string Path => $"{PathPrefix}{Id:N}.{Extension}";

    /// <summary>A strong validator: the content hash, so every frontend gives the same one.</summary>
    public string ETag => $"\"{Sha256}\"";
}
