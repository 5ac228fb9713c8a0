using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Replay;
using Mooc.WebFrontend.Replay;

namespace Mooc.WebFrontend.Pages.Admin.Percobaan;

/// <summary>Admin: one attempt's summary and every event of it in order, with the server's times, for resolving disputes.</summary>
public sealed class DetailModel(AttemptReplayService replay) : PageModel
{
    public AttemptReplay? Replay { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid attemptId)
    {
        Replay = await replay.GetReplayAsync(attemptId);
        if (Replay is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Page();
    }
}
