namespace Mooc.Grains.Abstractions.Reports;

/// <summary>
/// What the admin asks for. <see cref="From"/> and <see cref="To"/> are calendar days in WIB (Asia/Jakarta), both
/// included; null leaves that side open. A null <see cref="CourseCode"/> means every training.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ExamReportFilter(
    [property: Id(0)] string? CourseCode,
    [property: Id(1)] DateOnly? From,
    [property: Id(2)] DateOnly? To,
    [property: Id(3)] ExamReportStatus Status,
    [property: Id(4)] ExamReportScope Scope);
