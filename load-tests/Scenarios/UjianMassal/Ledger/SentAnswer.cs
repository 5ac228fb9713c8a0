namespace Mooc.LoadTests.Scenarios.UjianMassal.Ledger;

/// <summary>An answer the client sent with its sequence, and the acknowledgement status it got (null while unacknowledged).</summary>
public sealed record SentAnswer(long Sequence, int Question, int Option, string? Status);
