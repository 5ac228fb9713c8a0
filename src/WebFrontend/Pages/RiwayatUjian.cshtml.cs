using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Mooc.Grains.Abstractions.Exams;
using Mooc.WebFrontend.Accounts;
using Mooc.WebFrontend.Learning;

namespace Mooc.WebFrontend.Pages;

/// <summary>Riwayat Ujian (manual G): every exam sat, newest first, sortable by training, date or score.</summary>
[Authorize]
public sealed class RiwayatUjianModel(LearningService learning) : PageModel
{
    public IReadOnlyList<ExamHistoryEntry> Rows { get; private set; } = [];

    public string Sort { get; private set; } = "tanggal";

    public bool Ascending { get; private set; }

    public async Task OnGetAsync(string? urut, string? arah)
    {
        Sort = urut is "pelatihan" or "nilai" ? urut : "tanggal";
        Ascending = arah == "naik";
        var rows = await learning.ListExamHistoryAsync(User.Username());
        Rows = (Sort, Ascending) switch
        {
            ("pelatihan", true) => rows.OrderBy(r => r.Title, StringComparer.CurrentCultureIgnoreCase).ThenByDescending(r => r.SubmittedAt).ToList(),
            ("pelatihan", false) => rows.OrderByDescending(r => r.Title, StringComparer.CurrentCultureIgnoreCase).ThenByDescending(r => r.SubmittedAt).ToList(),
            ("nilai", true) => rows.OrderBy(r => r.Score).ThenByDescending(r => r.SubmittedAt).ToList(),
            ("nilai", false) => rows.OrderByDescending(r => r.Score).ThenByDescending(r => r.SubmittedAt).ToList(),
            (_, true) => rows.OrderBy(r => r.SubmittedAt).ToList(),
            _ => rows.OrderByDescending(r => r.SubmittedAt).ToList(),
        };
    }

    /// <summary>The link of a column header: the other direction when it is the current sort, else its natural one.</summary>
    public object SortLink(string column) => new { urut = column, arah = Sort == column ? (Ascending ? "turun" : "naik") : (column == "pelatihan" ? "naik" : "turun") };

    public string? AriaSort(string column) => Sort == column ? (Ascending ? "ascending" : "descending") : null;
}
