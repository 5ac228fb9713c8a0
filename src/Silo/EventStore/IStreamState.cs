namespace Mooc.Silo.EventStore;

/// <summary>State rebuilt from one stream: each event applied in order, and the stream version reached.</summary>
public interface IStreamState
{
    long Version { get; }

    void Apply(object @event);
}
