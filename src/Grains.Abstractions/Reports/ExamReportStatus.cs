namespace Mooc.Grains.Abstractions.Reports;

/// <summary>Which results a report keeps: all, only "Lulus", or only "Tidak Lulus".</summary>
public enum ExamReportStatus
{
    All = 0,
    Passed = 1,
    Failed = 2,
}
