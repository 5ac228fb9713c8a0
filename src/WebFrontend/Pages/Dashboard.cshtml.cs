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

    public async Task OnGetAsync() => Totals = await learning.GetTotalsAsync(User.Username());
}
