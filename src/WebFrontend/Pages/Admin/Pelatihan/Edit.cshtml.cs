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
/// Admin: the training editor (<c>/admin/pelatihan/baru</c> for a new one, saved as a draft): every field of the
/// description, the list of materials, the preview clip, and withdrawing or publishing. A refused change shows its
/// Indonesian message next to the form and stores nothing.
/// </summary>
public sealed class EditModel(CourseAdminService courses, VideoUploads uploads, IStringLocalizer<SharedResource> text) : PageModel
{
    public const string NewCode = "baru";

    public const string DefaultOrganiser = "BPSDM Kementerian Imigrasi dan Pemasyarakatan";

    [BindProperty]
    public CourseForm Form { get; set; } = new();

    public CourseAdminView? Course { get; private set; }

    public string Code { get; private set; } = NewCode;

    public bool IsNew => Course is null;

    /// <summary>Why the last change was refused, in the page's language.</summary>
    public string? Problem { get; private set; }

    public IHtmlContent? DescriptionPreview { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public int MaxUploadMegabytes => uploads.MaxMegabytes;

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }

        Form = IsNew
            ? new CourseForm { Penyelenggara = DefaultOrganiser, Materi = [new MaterialRow(), new MaterialRow(), new MaterialRow()] }
            : CourseForm.From(Course!.Description);
        PadRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, IFormFile? pratinjau, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }

        var target = IsNew ? Form.Kode?.Trim().ToUpperInvariant() ?? "" : Code;
        if (IsNew && await NewCodeProblemAsync(target) is { } codeProblem)
        {
            return Refused(codeProblem);
        }

        if (Form.NumberProblem() is { } numberProblem)
        {
            return Refused(numberProblem);
        }

        var used = Course is null ? [] : Course.Description.Materials.Select(m => m.Id).Concat(Course.RetiredMaterialIds);
        var description = Form.ToDescription(Course?.Description.PreviewVideoPath, used);
        var editor = CourseAdminService.EditorOf(User);
        var saved = await courses.SaveAsync(target, description, editor, asDraft: IsNew);
        if (!saved.Done)
        {
            return Refused(text[saved.Message!, saved.Argument]);
        }

        // The clip is stored only once the description was accepted, so a refused form stores nothing at all.
        if (pratinjau is { Length: > 0 })
        {
            var upload = await uploads.StoreAsync(pratinjau, editor.Username, cancellationToken);
            if (upload.Media is not { } media)
            {
                await LoadAsync(target);
                return Refused(text["Pelatihan disimpan, tetapi video pratinjau ditolak: {0}", text[VideoUploads.Message(upload.Problem), uploads.MaxMegabytes]]);
            }

            await courses.SaveAsync(target, description with { PreviewVideoPath = media.Path }, editor, asDraft: false);
        }

        Message = IsNew ? "Pelatihan disimpan sebagai draf. Isi setiap materi, lalu terbitkan." : "Perubahan disimpan.";
        return RedirectToPage(new { code = target });
    }

    /// <summary>"Pratinjau": the description rendered exactly as learners will see it; nothing is saved.</summary>
    public async Task<IActionResult> OnPostPratinjauAsync(string code)
    {
        if (!await LoadAsync(code))
        {
            return NotFound();
        }

        DescriptionPreview = MarkdownRenderer.ToHtml(Form.Deskripsi ?? "");
        PadRows();
        return Page();
    }

    public Task<IActionResult> OnPostTarikAsync(string code, string? alasan) =>
        ChangeStatusAsync(code, editor => courses.WithdrawAsync(code, editor, alasan ?? ""), "Pelatihan ditarik dari katalog.");

    public Task<IActionResult> OnPostTerbitkanAsync(string code, string? alasan) =>
        ChangeStatusAsync(code, editor => courses.RepublishAsync(code, editor, alasan ?? ""), "Pelatihan diterbitkan di katalog.");

    public bool HasContent(string materialId) => Course?.Materials.ContainsKey(materialId) == true;

    private async Task<IActionResult> ChangeStatusAsync(string code, Func<ContentEditor, Task<CourseAdminResult>> change, string done)
    {
        if (!await LoadAsync(code) || IsNew)
        {
            return NotFound();
        }

        var result = await change(CourseAdminService.EditorOf(User));
        if (!result.Done)
        {
            Form = CourseForm.From(Course!.Description);
            PadRows();
            Problem = text[result.Message!, result.Argument];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Message = done;
        return RedirectToPage(new { code });
    }

    private async Task<string?> NewCodeProblemAsync(string code)
    {
        if (!CourseForm.CodePattern().IsMatch(code))
        {
            return text["Kode pelatihan harus berpola PLT-XXX-000: tiga huruf, tanda hubung, tiga huruf, tanda hubung, tiga angka."];
        }

        return await courses.GetAsync(code) is null ? null : text["Kode pelatihan {0} sudah dipakai.", code].Value;
    }

    private IActionResult Refused(string problem)
    {
        Problem = problem;
        PadRows();
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>The page for <paramref name="code"/>: "baru" for a new training, else an existing one (false when unknown).</summary>
    private async Task<bool> LoadAsync(string code)
    {
        if (code == NewCode)
        {
            return true;
        }

        Course = await courses.GetAsync(code);
        Code = code;
        return Course is not null;
    }

    /// <summary>Two empty rows at the end for new materials.</summary>
    private void PadRows()
    {
        Form.Materi = [.. Form.Materi.Where(r => !r.IsBlank), new MaterialRow(), new MaterialRow()];
    }
}
