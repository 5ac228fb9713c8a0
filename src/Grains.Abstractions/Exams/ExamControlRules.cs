namespace Mooc.Grains.Abstractions.Exams;

/// <summary>
/// The argument rules of the admin's exam controls (a reason, and 1–120 minutes), shared by the attempt grain, which
/// decides, and the board hub, which refuses a bad "Tambah waktu" for a whole training or sitting before it fans out.
/// </summary>
public static class ExamControlRules
{
    public const int MinMinutes = 1;
    public const int MaxMinutes = 120;

    /// <summary>Why the reason is not acceptable (missing, or over <see cref="AdminAction.MaxReasonLength"/>), or null.</summary>
    public static string? RefuseReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? "Alasan wajib diisi."
        : reason.Length > AdminAction.MaxReasonLength ? $"Alasan paling panjang {AdminAction.MaxReasonLength} karakter."
        : null;

    /// <summary>Why the extra time is not acceptable, or null.</summary>
    public static string? RefuseExtension(int minutes) =>
        minutes is < MinMinutes or > MaxMinutes ? $"Tambahan waktu harus antara {MinMinutes} dan {MaxMinutes} menit." : null;
}
