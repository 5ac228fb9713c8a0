using Mooc.Grains.Abstractions.Monitoring;

namespace Mooc.Silo.Monitoring;

/// <summary>One attempt on a board: its last reported progress and the examinee's connection.</summary>
public sealed class BoardEntry(AttemptProgress progress)
{
    public AttemptProgress Progress { get; set; } = progress;

    public bool Online { get; set; }

    public DateTimeOffset LastSeen { get; set; } = progress.At;
}
