namespace Mooc.WebFrontend.Media;

/// <summary>A stored video, or why it was refused (nothing is stored then).</summary>
public sealed record VideoUploadResult(StoredMedia? Media, VideoUploadProblem Problem);
