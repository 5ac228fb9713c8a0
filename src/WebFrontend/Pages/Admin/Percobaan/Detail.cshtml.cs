using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Integrity;
using Mooc.Grains.Abstractions.Replay;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.Replay;

namespace Mooc.WebFrontend.Pages.Admin.Percobaan;

/// <summary>
/// Admin: one attempt's summary and every event of it in order, with the server's times, for resolving disputes; and
/// "Buka kembali" for an attempt a technical fault ended; and whether the stored attempt is intact (its hash chain recomputed).
/// </summary>
public sealed class DetailModel(AttemptReplayService replay, IClusterClient cluster) : PageModel
{
    public AttemptReplay? Replay { get; private set; }

    /// <summary>The stored attempt's hash chain, recomputed for this view from the same read as the timeline.</summary>
    public AttemptIntegrityReport? Integrity => Replay?.Integrity;

    /// <summary>The outcome of the last action on this page (after the redirect).</summary>
    [TempData]
    public string? ActionMessage { get; set; }

    [TempData]
    public bool ActionDone { get; set; }

    [BindProperty]
    public int Minutes { get; set; } = 15;

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid attemptId)
    {
        Replay = await replay.GetReplayAsync(attemptId);
        if (Replay is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostBukaKembaliAsync(Guid attemptId)
    {
        var outcome = await cluster.GetGrain<IExamAttemptGrain>(attemptId)
            .ReopenAsync(new AdminAction(User.Username(), User.DisplayName(), Reason ?? ""), Minutes);
        ActionDone = outcome.Done;
        ActionMessage = outcome.Done ? "Ujian dibuka kembali. Peserta melanjutkan dengan menekan Mulai Ujian pada tab Ujian Akhir." : outcome.Refusal;
        return RedirectToPage(new { attemptId });
    }
}
