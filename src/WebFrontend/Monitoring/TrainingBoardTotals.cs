using Mooc.Grains.Abstractions.Monitoring;

namespace Mooc.WebFrontend.Monitoring;

/// <summary>One line of the overview across all trainings: the training and its board's totals.</summary>
public sealed record TrainingBoardTotals(string CourseCode, string Title, ExamBoardTotals Totals);
