using Mooc.Grains.Abstractions.Accounts;

namespace Mooc.Grains.Abstractions.Replay;

/// <summary>A learner found by username (for ASN accounts, the NIP) and every attempt they opened, newest first.</summary>
[GenerateSerializer, Immutable]
public sealed record LearnerAttempts(
    [property: Id(0)] AccountProfile Learner,
    [property: Id(1)] IReadOnlyList<LearnerAttemptRow> Attempts);
