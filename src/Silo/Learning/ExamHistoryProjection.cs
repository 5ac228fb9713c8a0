using Marten.Events.Projections;
using Mooc.Grains.Abstractions.Certificates;
using Mooc.Grains.Abstractions.Exams;

namespace Mooc.Silo.Learning;

/// <summary>One row per graded attempt, from the attempt streams, with the certificate a pass earned; a reopening voids it until the new grade.</summary>
public sealed class ExamHistoryProjection : MultiStreamProjection<ExamHistoryRow, string>
{
    public ExamHistoryProjection()
    {
        Identity<ExamGraded>(e => e.AttemptId.ToString("N"));
        Identity<CertificateIssued>(e => e.AttemptId.ToString("N"));

        // A reopened attempt has no grade until it is handed in again: its row is voided (history and reports skip it)
        // rather than deleted, so a regrade in the same batch as the reopening can never be lost with it.
        Identity<ExamReopened>(e => e.AttemptId.ToString("N"));
    }

    public static void Apply(ExamGraded e, ExamHistoryRow row)
    {
        row.Id = e.AttemptId.ToString("N");
        row.Username = e.Username;
        row.CourseCode = e.CourseCode;
        row.AttemptNumber = e.AttemptNumber;
        row.Score = e.Score;
        row.PassingGrade = e.PassingGrade;
        row.Passed = e.Passed;
        row.SubmittedAt = e.SubmittedAt;
        row.Voided = null;
    }

    public static void Apply(ExamReopened e, ExamHistoryRow row)
    {
        row.Id = e.AttemptId.ToString("N");
        row.Voided = true;
    }

    public static void Apply(CertificateIssued e, ExamHistoryRow row) => row.CertificateNumber = e.Number;
}
