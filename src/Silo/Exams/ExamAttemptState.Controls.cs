using Mooc.Grains.Abstractions.Exams;

namespace Mooc.Silo.Exams;

/// <summary>The rules of the admin's controls: more time, an end now, and reopening after a technical fault.</summary>
public sealed partial class ExamAttemptState
{
    /// <summary>Admin's "Tambah waktu": only while the attempt runs and before its deadline, 1–120 minutes, with a reason.</summary>
    public (IReadOnlyList<object> Events, string? Refusal) DecideExtend(AdminAction action, int minutes, DateTimeOffset now)
    {
        if (RefuseAdminAction(action, now) is { } refusal)
        {
            return ([], refusal);
        }

        if (ExamControlRules.RefuseExtension(minutes) is { } tooMuch)
        {
            return ([], tooMuch);
        }

        return ([new ExamTimeExtended(Started!.AttemptId, minutes, Deadline.AddMinutes(minutes), action.AdminUsername, action.AdminName, action.Reason.Trim(), now)], null);
    }

    /// <summary>Admin's "Akhiri ujian": ends and grades a running attempt now.</summary>
    public (IReadOnlyList<object> Events, string? Refusal) DecideEnd(AdminAction action, DateTimeOffset now)
    {
        if (RefuseAdminAction(action, now) is { } refusal)
        {
            return ([], refusal);
        }

        return ([new ExamEndedByAdmin(Started!.AttemptId, action.AdminUsername, action.AdminName, action.Reason.Trim(), now), .. DecideSubmit(now, byServer: false)], null);
    }

    /// <summary>
    /// Admin's "Buka kembali": an attempt that a technical fault ended (the server submitted it at the deadline, or a
    /// supervisor ended it) and that did not pass runs again for 1–120 minutes, within <see cref="ReopenPeriod"/> of its end.
    /// An attempt the examinee handed in with "Selesai" stays as it is. The learner's side (latest attempt, none other
    /// open) is checked by the learner grain.
    /// </summary>
    public (IReadOnlyList<object> Events, string? Refusal) DecideReopen(AdminAction action, int minutes, DateTimeOffset now)
    {
        var refusal = RefuseReason(action)
            ?? (Status == AttemptStatus.InProgress ? "Ujian ini masih berlangsung; gunakan Tambah waktu."
            : Graded is null ? "Ujian ini belum dinilai; coba lagi sebentar."
            : Graded.Passed ? "Percobaan yang sudah lulus tidak dapat dibuka kembali."
            : !Submitted!.ByServer && EndedByAdmin is null && EndedForIncidents is null ? "Ujian ini dikumpulkan sendiri oleh peserta (Selesai); hanya ujian yang berakhir karena waktu habis, diakhiri pengawas atau diakhiri karena batas pelanggaran yang dapat dibuka kembali."
            : now - Submitted.SubmittedAt > ReopenPeriod ? $"Ujian hanya dapat dibuka kembali paling lambat {ReopenPeriod.Days} hari setelah berakhir."
            : minutes is < 1 or > 120 ? "Waktu yang diberikan harus antara 1 dan 120 menit."
            : null);
        return refusal is not null
            ? ([], refusal)
            : ([new ExamReopened(Started!.AttemptId, minutes, now.AddMinutes(minutes), Graded!.Score, action.AdminUsername, action.AdminName, action.Reason.Trim(), now)], null);
    }

    private string? RefuseAdminAction(AdminAction action, DateTimeOffset now) =>
        RefuseReason(action)
        ?? (Status != AttemptStatus.InProgress || IsPastDeadline(now) ? "Ujian ini sudah selesai; tindakan tidak dilakukan." : null);

    private string? RefuseReason(AdminAction action) =>
        Started is null ? "Ujian ini tidak ditemukan."
        : ExamControlRules.RefuseReason(action.Reason);
}
