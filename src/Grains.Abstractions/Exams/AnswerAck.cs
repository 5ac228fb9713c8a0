namespace Mooc.Grains.Abstractions.Exams;

/// <summary>The server's answer to one selected option, by the browser's sequence number.</summary>
[GenerateSerializer, Immutable]
public sealed record AnswerAck(
    [property: Id(0)] long Sequence,
    [property: Id(1)] AnswerAckStatus Status,
    [property: Id(2)] string? Reason);
