using Mooc.Grains.Abstractions.Sittings;
using Mooc.Silo.EventStore;
using Mooc.Silo.Hosting;
using Orleans.Concurrency;

namespace Mooc.Silo.Sittings;

/// <summary>
/// The admission queue of one sitting. A place is handed out only after it is committed to the sitting's stream, so
/// a silo restart neither loses places nor admits everyone at once (the times follow from the places). At the bell
/// thousands press "Mulai Ujian" within seconds: the grain is reentrant and group-commits — everyone who asks while
/// an append is in flight waits for the next one, which carries them all — so the queue costs a few appends a second,
/// not one per examinee. Only the commit loop appends, so the stream still has a single writer.
/// </summary>
[Reentrant]
public sealed class ExamAdmissionGrain(IEventJournal journal, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : EventSourcedGrain<ExamAdmissionState>(journal), IExamAdmissionGrain
{
    private Batch? _open;
    private Task? _committing;

    private Guid SittingId => this.GetPrimaryKey();

    protected override string StreamKey => ExamAdmissionState.StreamKey(SittingId);

    public async Task<int> TakePlaceAsync(string username)
    {
        while (true)
        {
            if (State.PlaceOf(username) is { } place)
            {
                return place;
            }

            var batch = _open ??= new Batch();
            batch.Usernames.Add(username);
            if (_committing is null || _committing.IsCompleted)
            {
                _committing = CommitLoopAsync();
            }

            await batch.Committed.Task;
        }
    }

    public Task<int> CountAsync() => Task.FromResult(State.Count);

    private async Task CommitLoopAsync()
    {
        // Let the callers already queued on this activation join the first batch.
        await Task.Yield();
        while (_open is { } batch)
        {
            _open = null;
            try
            {
                var events = State.DecideAdmit(SittingId, batch.Usernames, time.GetUtcNow());
                if (events.Count > 0)
                {
                    await AppendAsync(events);
                }

                batch.Committed.TrySetResult();
            }
            catch (Exception ex)
            {
                batch.Committed.TrySetException(ex);
            }
        }
    }

    private sealed class Batch
    {
        public List<string> Usernames { get; } = [];

        public TaskCompletionSource Committed { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
