using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Learning;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.Learning;

namespace Mooc.WebFrontend.Pages;

/// <summary>Dashboard (manual D): where a learner lands after Login, with their training totals (a projected read model).</summary>
[Authorize]
public sealed class DashboardModel(LearningService learning) : PageModel
{
    public LearnerTotals Totals { get; private set; } = LearnerTotals.None;

    /// <summary>The active trainings to continue, most recently enrolled first.</summary>
    public IReadOnlyList<LearnerTrainingRow> Continue { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var totals = learning.GetTotalsAsync(User.Username());
        var trainings = learning.ListTrainingsAsync(User.Username());
        Totals = await totals;
        Continue = (await trainings).Where(r => r.Status == TrainingStatus.Active).Take(5).ToList();
    }
}
