namespace Mooc.LoadTests.Reporting.Data;

/// <summary>One budget of the design brief (§7) against what this run measured; <see cref="Met"/> is null when the run could not tell.</summary>
public sealed record BudgetCheck(string Budget, string Target, string Measured, bool? Met, string? Note = null);
