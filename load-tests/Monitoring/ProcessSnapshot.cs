namespace Mooc.LoadTests.Monitoring;

/// <summary>Every followed process at one moment.</summary>
/// <param name="At">When, on the run's clock (time since the load started).</param>
public sealed record ProcessSnapshot(TimeSpan At, IReadOnlyList<ProcessReading> Processes);
