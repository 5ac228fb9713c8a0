namespace Mooc.WebFrontend.Reports;

/// <summary>What is wrong with the filter the admin sent; the page words each in Indonesian (and English).</summary>
public enum ExamReportProblem
{
    None = 0,
    TrainingMissing,
    TrainingUnknown,
    FromMalformed,
    ToMalformed,
    FromAfterTo,
    StatusUnknown,
    ScopeUnknown,

    /// <summary>The report is valid but has more rows than an XLSX may hold; CSV still works.</summary>
    TooManyRowsForXlsx,
}
