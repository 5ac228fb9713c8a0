namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>An answer chosen but not yet acknowledged; <paramref name="FirstSent"/> is the Stopwatch timestamp of its first send (0 before).</summary>
public sealed record PendingAnswer(long Sequence, int Question, int Option, long FirstSent = 0);
