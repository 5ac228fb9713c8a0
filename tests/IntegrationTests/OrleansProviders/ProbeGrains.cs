using Mooc.Silo.Hosting;
using Orleans.Runtime;

namespace Mooc.IntegrationTests.OrleansProviders;

// Test-only grains that exercise the ADO.NET providers through the product's silo configuration.

public interface IProbeStateGrain : IGrainWithStringKey
{
    Task SetAsync(string value);

    Task<string?> GetAsync();
}

public interface IReminderProbeGrain : IGrainWithStringKey
{
    Task<string> ScheduleAsync(TimeSpan dueTime);

    Task<ReminderFiring?> GetFiringAsync();
}

public interface IWhereAmIGrain : IGrainWithIntegerKey
{
    Task<string> GetSiloAsync();
}

[GenerateSerializer]
public sealed class ProbeState
{
    [Id(0)] public string? Value { get; set; }

    [Id(1)] public string? ScheduledOn { get; set; }

    [Id(2)] public ReminderFiring? Firing { get; set; }
}

[GenerateSerializer, Immutable]
public sealed record ReminderFiring([property: Id(0)] string ScheduledOn, [property: Id(1)] string FiredOn, [property: Id(2)] DateTime FiredAtUtc);

public sealed class ProbeStateGrain([PersistentState("probe", StorageNames.Mooc)] IPersistentState<ProbeState> state) : Grain, IProbeStateGrain
{
    public async Task SetAsync(string value)
    {
        state.State.Value = value;
        await state.WriteStateAsync();
    }

    public Task<string?> GetAsync() => Task.FromResult(state.State.Value);
}

public sealed class ReminderProbeGrain([PersistentState("reminder-probe", StorageNames.Mooc)] IPersistentState<ProbeState> state)
    : Grain, IReminderProbeGrain, IRemindable
{
    public async Task<string> ScheduleAsync(TimeSpan dueTime)
    {
        state.State.ScheduledOn = RuntimeIdentity;
        await state.WriteStateAsync();
        await this.RegisterOrUpdateReminder("probe", dueTime, TimeSpan.FromMinutes(1));
        return RuntimeIdentity;
    }

    public Task<ReminderFiring?> GetFiringAsync() => Task.FromResult(state.State.Firing);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.Firing = new ReminderFiring(state.State.ScheduledOn ?? "?", RuntimeIdentity, DateTime.UtcNow);
        await state.WriteStateAsync();
        if (await this.GetReminder(reminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }
}

[global::Orleans.Placement.RandomPlacement]
public sealed class WhereAmIGrain : Grain, IWhereAmIGrain
{
    public Task<string> GetSiloAsync() => Task.FromResult(RuntimeIdentity);
}
