namespace Mooc.Silo.Learning;

/// <summary>Read model: one graded exam attempt for "Riwayat Ujian" (document id = attempt id).</summary>
public sealed class ExamHistoryRow
{
    public string Id { get; set; } = "";

    public string Username { get; set; } = "";

    public string CourseCode { get; set; } = "";

    public int AttemptNumber { get; set; }

    public int Score { get; set; }

    /// <summary>The "Nilai Kelulusan" of the attempt; null in rows projected before it was kept (a rebuild fills it).</summary>
    public int? PassingGrade { get; set; }

    public bool Passed { get; set; }

    public DateTimeOffset SubmittedAt { get; set; }

    public string? CertificateNumber { get; set; }

    /// <summary>
    /// True while an admin's reopening after a technical fault leaves the attempt without a grade: history and reports skip
    /// it. Nullable so that rows projected before reopening existed (no such field) read as not voided; query with
    /// <see cref="NotVoided"/>.
    /// </summary>
    public bool? Voided { get; set; }

    public static System.Linq.Expressions.Expression<Func<ExamHistoryRow, bool>> NotVoided { get; } = r => r.Voided == null || r.Voided == false;
}
