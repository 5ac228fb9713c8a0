using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Learning;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.Learning;

namespace Mooc.WebFrontend.Pages;

/// <summary>Menu Pelatihan (manual D): the trainings a learner follows, is active in and has completed.</summary>
[Authorize]
public sealed class PelatihanSayaModel(LearningService learning) : PageModel
{
    public IReadOnlyList<LearnerTrainingRow> Followed { get; private set; } = [];

    public async Task OnGetAsync() => Followed = await learning.ListTrainingsAsync(User.Username());
}
