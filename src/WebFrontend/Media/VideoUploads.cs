using Microsoft.Extensions.Options;

namespace Mooc.WebFrontend.Media;

/// <summary>Checks an uploaded video (size, real MP4/WebM signature, length from its header) and stores it.</summary>
public sealed class VideoUploads(MediaStore store, IOptions<MediaOptions> options)
{
    public long MaxBytes => options.Value.MaxUploadBytes;

    public int MaxMegabytes => options.Value.MaxUploadMegabytes;

    public async Task<VideoUploadResult> StoreAsync(IFormFile? file, string uploadedBy, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return new VideoUploadResult(null, VideoUploadProblem.NoFile);
        }

        if (file.Length > MaxBytes)
        {
            return new VideoUploadResult(null, VideoUploadProblem.TooLarge);
        }

        // The form's file is buffered (memory, then a temporary file), so it can be probed and then read again.
        await using var stream = file.OpenReadStream();
        if (!stream.CanSeek)
        {
            return new VideoUploadResult(null, VideoUploadProblem.NotAVideo);
        }

        var probe = VideoProbe.Probe(stream);
        var problem = probe switch
        {
            null => VideoUploadProblem.NotAVideo,
            { Duration: null } => VideoUploadProblem.NoLength,
            { Duration: var d } when d < TimeSpan.FromSeconds(0.5) => VideoUploadProblem.NoLength,
            { Duration: var d } when d > MediaOptions.MaxDuration => VideoUploadProblem.TooLong,
            _ => VideoUploadProblem.None,
        };
        if (problem != VideoUploadProblem.None)
        {
            return new VideoUploadResult(null, problem);
        }

        var media = await store.SaveAsync(stream, probe!, Path.GetFileName(file.FileName), uploadedBy, cancellationToken);
        return new VideoUploadResult(media, VideoUploadProblem.None);
    }

    /// <summary>The Indonesian message (a localisation key) for a refusal.</summary>
    public static string Message(VideoUploadProblem problem) => problem switch
    {
        VideoUploadProblem.NoFile => "Pilih berkas video terlebih dahulu.",
        VideoUploadProblem.TooLarge => "Berkas video terlalu besar; ukuran maksimal {0} MB.",
        VideoUploadProblem.NotAVideo => "Berkas ini bukan video MP4 atau WebM.",
        VideoUploadProblem.NoLength => "Durasi video tidak dapat dibaca dari berkasnya; simpan ulang video sebagai MP4 atau WebM yang lengkap.",
        VideoUploadProblem.TooLong => "Video terlalu panjang; durasi maksimal 4 jam.",
        _ => "",
    };
}
