using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Replay;
using Mooc.WebFrontend.Replay;

namespace Mooc.WebFrontend.Pages.Admin.Percobaan;

/// <summary>Admin: find a learner by username (for ASN accounts, the NIP) and list every exam attempt they opened.</summary>
public sealed class IndexModel(AttemptReplayService replay) : PageModel
{
    public string? Query { get; private set; }

    /// <summary>Null before a search, and when nobody has the username searched for.</summary>
    public LearnerAttempts? Result { get; private set; }

    public async Task OnGetAsync(string? peserta)
    {
        Query = peserta?.Trim();
        if (!string.IsNullOrEmpty(Query))
        {
            Result = await replay.FindLearnerAttemptsAsync(Query);
        }
    }
}
