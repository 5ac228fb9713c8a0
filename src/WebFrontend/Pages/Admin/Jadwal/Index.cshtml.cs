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
/// Admin: "Jadwal Ujian", every training's sittings with their phase, participants and admissions so far, and
/// "Batalkan" with a reason. The /Admin folder requires the admin role.
/// </summary>
public sealed class IndexModel(SittingService sittings, CatalogService catalog, TimeProvider time, IStringLocalizer<SharedResource> text) : PageModel
{
    public sealed record Row(CourseCard Course, ExamSitting Sitting, SittingPhase Phase, int Admitted);

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public async Task OnGetAsync()
    {
        Now = time.GetUtcNow();
        var courses = (await catalog.ListPublishedCoursesAsync(CatalogFilter.All)).OrderBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase).ToList();
        var rows = new List<Row>();
        foreach (var course in courses)
        {
            foreach (var sitting in await sittings.ListAsync(course.Code))
            {
                var phase = sitting.PhaseAt(Now);
                // A sitting that never opened has admitted nobody: no need to wake its queue.
                var admitted = phase is SittingPhase.Scheduled || (sitting.IsCancelled && sitting.Plan.OpensAt > Now) ? 0 : await sittings.AdmittedAsync(sitting.Id);
                rows.Add(new Row(course, sitting, phase, admitted));
            }
        }

        Rows = rows;
    }

    /// <summary>"Batalkan": needs a reason; a refusal is shown and nothing changes.</summary>
    public async Task<IActionResult> OnPostBatalkanAsync(string? kode, Guid id, string? alasan)
    {
        if (!CatalogService.IsPlausibleCode(kode) || await sittings.FindAsync(kode!, id) is null)
        {
            return NotFound();
        }

        var outcome = await sittings.CancelAsync(kode!, id, alasan ?? "", new SittingActor(User.Username(), User.DisplayName()));
        TempData["SittingMessage"] = outcome.Done ? text["Jadwal ujian dibatalkan."].Value : SittingText.Refusal(text, outcome.Refusal);
        TempData["SittingOk"] = outcome.Done;
        return RedirectToPage();
    }
}
