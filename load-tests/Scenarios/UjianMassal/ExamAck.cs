namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>SelectAnswer's acknowledgement: status is "Saved", "Duplicate", "Superseded" or "Refused".</summary>
public sealed record ExamAck(long Sequence, string Status, string? Reason);
