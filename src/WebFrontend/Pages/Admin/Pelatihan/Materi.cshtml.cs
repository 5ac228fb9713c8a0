using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.WebFrontend.CourseAdmin;
using Mooc.WebFrontend.Learning;
using Mooc.WebFrontend.Localization;
using Mooc.WebFrontend.Media;

namespace Mooc.WebFrontend.Pages.Admin.Pelatihan;

/// <summary>
/// Admin: the content of one material. A reading is Markdown with a preview rendered exactly as on the learning page;
/// a video is an uploaded MP4 or WebM, stored in the database, whose length comes from the file's own header.
/// </summary>
public sealed class MateriModel(CourseAdminService courses, VideoUploads uploads, IStringLocalizer<SharedResource> text) : PageModel
{
    public CourseAdminView Course { get; private set; } = null!;

    public MaterialOutline Material { get; private set; } = null!;

    public MaterialContent? Body => Course.Materials.GetValueOrDefault(Material.Id);

    [BindProperty]
    public string? Markdown { get; set; }

    public IHtmlContent? Preview { get; private set; }

    public string? Problem { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public int MaxUploadMegabytes => uploads.MaxMegabytes;

    public async Task<IActionResult> OnGetAsync(string code, string materialId)
    {
        if (!await LoadAsync(code, materialId))
        {
            return NotFound();
        }

        Markdown = Body?.Markdown;
        Preview = Markdown is null ? null : MarkdownRenderer.ToHtml(Markdown);
        return Page();
    }

    public async Task<IActionResult> OnPostPratinjauAsync(string code, string materialId)
    {
        if (!await LoadAsync(code, materialId) || Material.Kind != MaterialKind.Reading)
        {
            return NotFound();
        }

        Preview = MarkdownRenderer.ToHtml(Markdown ?? "");
        return Page();
    }

    public async Task<IActionResult> OnPostBacaanAsync(string code, string materialId)
    {
        if (!await LoadAsync(code, materialId) || Material.Kind != MaterialKind.Reading)
        {
            return NotFound();
        }

        var markdown = (Markdown ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(markdown))
        {
            return Refused(text["Isi bacaan wajib diisi."]);
        }

        var result = await courses.PublishMaterialAsync(code, Material.Id, MaterialContent.Reading(markdown), CourseAdminService.EditorOf(User));
        return result.Done ? Saved(code, materialId) : Refused(text[result.Message!, result.Argument]);
    }

    public async Task<IActionResult> OnPostVideoAsync(string code, string materialId, IFormFile? video, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code, materialId) || Material.Kind != MaterialKind.Video)
        {
            return NotFound();
        }

        var editor = CourseAdminService.EditorOf(User);
        var upload = await uploads.StoreAsync(video, editor.Username, cancellationToken);
        if (upload.Media is not { } media)
        {
            return Refused(text[VideoUploads.Message(upload.Problem), uploads.MaxMegabytes]);
        }

        var result = await courses.PublishMaterialAsync(code, Material.Id, MaterialContent.Video(media.Path, media.VideoSeconds!.Value), editor);
        return result.Done ? Saved(code, materialId) : Refused(text[result.Message!, result.Argument]);
    }

    private IActionResult Saved(string code, string materialId)
    {
        Message = "Isi materi disimpan.";
        return RedirectToPage(new { code, materialId });
    }

    private IActionResult Refused(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(string code, string materialId)
    {
        if (await courses.GetAsync(code) is not { } course || course.Description.Materials.FirstOrDefault(m => m.Id == materialId) is not { } material)
        {
            return false;
        }

        (Course, Material) = (course, material);
        return true;
    }
}
