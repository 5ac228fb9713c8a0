using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Learning;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.Learning;

namespace Mooc.WebFrontend.Pages;

/// <summary>Dashboard (manual D): where a learner lands after Login, with their training totals.</summary>
[Authorize]
public sealed class DashboardModel(LearningService learning) : PageModel
{
    public IReadOnlyList<LearnerTrainingRow> Trainings { get; private set; } = [];

    public async Task OnGetAsync() => Trainings = await learning.ListTrainingsAsync(User.Username());
}
