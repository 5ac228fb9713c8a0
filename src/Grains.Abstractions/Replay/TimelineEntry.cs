namespace Mooc.Grains.Abstractions.Replay;

/// <summary>
/// One event of an attempt's stream, for an admin resolving a dispute. <see cref="RecordedAt"/> is the database's commit
/// time; <see cref="EventTime"/> is the time the event itself carries (when the server decided it), if it has one.
/// </summary>
/// <param name="Description">Indonesian, e.g. "Jawaban soal 3: pilihan C (urutan kirim 7), benar".</param>
/// <param name="Correct">For answers: whether the chosen option is the correct one of the question as the examinee saw it.</param>
[GenerateSerializer, Immutable]
public sealed record TimelineEntry(
    [property: Id(0)] long Version,
    [property: Id(1)] DateTimeOffset RecordedAt,
    [property: Id(2)] DateTimeOffset? EventTime,
    [property: Id(3)] TimelineKind Kind,
    [property: Id(4)] string EventType,
    [property: Id(5)] string Description,
    [property: Id(6)] bool? Correct)
{
    /// <summary>Below this, the two times are the same moment for a dispute (deciding and committing take milliseconds).</summary>
    public static readonly TimeSpan MeaningfulDifference = TimeSpan.FromSeconds(1);

    /// <summary>The event's own time is worth showing next to the commit time (e.g. a server submission dated at the deadline).</summary>
    public bool TimesDiffer => EventTime is { } at && (RecordedAt - at).Duration() >= MeaningfulDifference;
}
