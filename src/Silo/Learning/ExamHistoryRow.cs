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
}
