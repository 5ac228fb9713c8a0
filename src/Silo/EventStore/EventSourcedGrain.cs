namespace Mooc.Silo.EventStore;

/// <summary>
/// A grain that is the single writer of one stream: it rebuilds <typeparamref name="TState"/> from the stream
/// on activation, appends with the version it knows and applies what it appended. A version conflict (only
/// possible when two activations overlapped around a silo failure) refuses the write and makes the grain
/// re-read the stream on its next call.
/// </summary>
public abstract class EventSourcedGrain<TState>(IEventJournal journal) : Grain
    where TState : IStreamState, new()
{
    protected TState State { get; } = new();

    protected abstract string StreamKey { get; }

    /// <summary>The stream's hash-chain digest as far as this grain has read or written it (null before the first event).</summary>
    protected string? LastDigest { get; private set; }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        foreach (var recorded in await journal.ReadStreamAsync(StreamKey, cancellationToken))
        {
            State.Apply(recorded.Data);
            LastDigest = recorded.Digest;
        }
    }

    protected async Task AppendAsync(IReadOnlyList<object> events)
    {
        try
        {
            LastDigest = (await journal.AppendAsync(StreamKey, State.Version, events, LastDigest)).Digest;
        }
        catch (StreamVersionConflictException)
        {
            DeactivateOnIdle();
            throw;
        }

        foreach (var e in events)
        {
            State.Apply(e);
        }
    }
}
