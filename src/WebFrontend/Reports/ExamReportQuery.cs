using System.Globalization;
using Mooc.Grains.Abstractions.Reports;

namespace Mooc.WebFrontend.Reports;

/// <summary>
/// The filter form as sent in the query string (<c>kode</c>, <c>dari</c>, <c>sampai</c>, <c>status</c>, <c>hasil</c>),
/// checked against the catalogue. Dates are <c>yyyy-MM-dd</c>, as a date input sends them, meant in WIB.
/// </summary>
public sealed record ExamReportQuery(string? Kode, string? Dari, string? Sampai, string? Status, string? Hasil)
{
    /// <summary>The <c>kode</c> that asks for every training.</summary>
    public const string AllTrainings = "semua";

    public bool IsEmpty => new[] { Kode, Dari, Sampai, Status, Hasil }.All(string.IsNullOrWhiteSpace);

    public ExamReportProblem Validate(IReadOnlySet<string> knownCodes, out ExamReportFilter? filter)
    {
        filter = null;
        var code = Kode?.Trim();
        if (string.IsNullOrEmpty(code))
        {
            return ExamReportProblem.TrainingMissing;
        }

        if (code != AllTrainings && !knownCodes.Contains(code))
        {
            return ExamReportProblem.TrainingUnknown;
        }

        if (!TryDate(Dari, out var from))
        {
            return ExamReportProblem.FromMalformed;
        }

        if (!TryDate(Sampai, out var to))
        {
            return ExamReportProblem.ToMalformed;
        }

        if (from > to)
        {
            return ExamReportProblem.FromAfterTo;
        }

        ExamReportStatus? status = Status?.Trim() switch
        {
            null or "" or "semua" => ExamReportStatus.All,
            "lulus" => ExamReportStatus.Passed,
            "tidak-lulus" => ExamReportStatus.Failed,
            _ => null,
        };
        if (status is null)
        {
            return ExamReportProblem.StatusUnknown;
        }

        ExamReportScope? scope = Hasil?.Trim() switch
        {
            null or "" or "akhir" => ExamReportScope.FinalPerLearner,
            "semua" => ExamReportScope.AllAttempts,
            _ => null,
        };
        if (scope is null)
        {
            return ExamReportProblem.ScopeUnknown;
        }

        filter = new ExamReportFilter(code == AllTrainings ? null : code, from, to, status.Value, scope.Value);
        return ExamReportProblem.None;
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }
}
