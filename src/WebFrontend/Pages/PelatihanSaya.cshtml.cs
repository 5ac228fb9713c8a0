using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Learning;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.Learning;

namespace Mooc.WebFrontend.Pages;

/// <summary>Menu Pelatihan (manual D, F): trainings followed, active and completed, with progress and status.</summary>
[Authorize]
public sealed class PelatihanSayaModel(LearningService learning) : PageModel
{
    public IReadOnlyList<LearnerTrainingRow> Followed { get; private set; } = [];

    public IReadOnlyList<LearnerTrainingRow> Active => Followed.Where(r => r.Status == TrainingStatus.Active).ToList();

    public IReadOnlyList<LearnerTrainingRow> Completed => Followed.Where(r => r.Status == TrainingStatus.Completed).OrderByDescending(r => r.CompletedAt).ToList();

    /// <summary>The tab to open: <c>aktif</c>, <c>selesai</c> or (default) the followed list.</summary>
    public string Tab { get; private set; } = "diikuti";

    public async Task OnGetAsync(string? tab)
    {
        Tab = tab is "aktif" or "selesai" ? tab : "diikuti";
        Followed = await learning.ListTrainingsAsync(User.Username());
    }
}
