namespace Mooc.Grains.Abstractions.Integrity;

/// <summary>What opening the attempt on a page did: it is the active page now, and whether it took over from another.</summary>
[GenerateSerializer, Immutable]
public sealed record PageClaim(
    [property: Id(0)] Exams.ExamAttemptView View,
    [property: Id(1)] bool TookOver);
