using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Sittings;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.Catalog;
using Mooc.WebFrontend.Localization;
using Mooc.WebFrontend.Sittings;

namespace Mooc.WebFrontend.Pages.Admin.Jadwal;

/// <summary>
/// Admin: "Buat Jadwal" (no id) and "Ubah Jadwal" (a training's code and a sitting's id). Bad input shows the form again
/// with the Indonesian reason and changes nothing; the schedule grain checks the rules again and has the last word.
/// </summary>
public sealed class FormModel(SittingService sittings, CatalogService catalog, TimeProvider time, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kode")]
    public string? Kode { get; set; }

    [BindProperty(SupportsGet = true, Name = "id")]
    public Guid? Id { get; set; }

    [BindProperty]
    public SittingForm Input { get; set; } = new();

    public IReadOnlyList<CourseCard> Courses { get; private set; } = [];

    public ExamSitting? Sitting { get; private set; }

    public string? Problem { get; private set; }

    public bool IsEdit => Id is not null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        var now = time.GetUtcNow();
        var opens = now.AddMinutes(60 - now.Minute % 60 + 60).AddSeconds(-now.Second);
        Input = Sitting is { } s
            ? SittingForm.From(s.Plan)
            : SittingForm.From(new ExamSittingPlan("", [], [], opens, opens.AddMinutes(30), 90, 500, 30));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await LoadAsync() is { } missing)
        {
            return missing;
        }

        if (!IsEdit && (!CatalogService.IsPlausibleCode(Kode) || Courses.All(c => c.Code != Kode)))
        {
            Problem = text["Pilih pelatihan."];
            return Page();
        }

        var (plan, problem) = Input.ToPlan(text);
        if (plan is null)
        {
            Problem = problem;
            return Page();
        }

        var actor = new SittingActor(User.Username(), User.DisplayName());
        var outcome = IsEdit ? await sittings.ReviseAsync(Kode!, Id!.Value, plan, actor) : await sittings.ScheduleAsync(Kode!, plan, actor);
        if (!outcome.Done)
        {
            Problem = SittingText.Refusal(text, outcome.Refusal);
            return Page();
        }

        TempData["SittingMessage"] = IsEdit ? text["Jadwal ujian diperbarui."].Value : text["Jadwal ujian dibuat."].Value;
        TempData["SittingOk"] = true;
        return RedirectToPage("/Admin/Jadwal/Index");
    }

    /// <summary>The trainings, and for an edit the sitting; an unknown training or sitting is a 404.</summary>
    private async Task<IActionResult?> LoadAsync()
    {
        Courses = (await catalog.ListPublishedCoursesAsync(CatalogFilter.All)).OrderBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase).ToList();
        if (Id is not { } id)
        {
            return null;
        }

        if (!CatalogService.IsPlausibleCode(Kode) || Courses.All(c => c.Code != Kode) || await sittings.FindAsync(Kode!, id) is not { } sitting)
        {
            return NotFound();
        }

        Sitting = sitting;
        return null;
    }
}
