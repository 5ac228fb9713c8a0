using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Mooc.IntegrationTests.Refusals;

/// <summary>
/// A 100 KB hub message, on each hub: the frontend does not take it (its receive limit is well below that, whatever the
/// exact figure), the connection is closed and nothing is stored. Each case uses a connection of its own.
/// </summary>
[Collection(RefusalStack.Collection)]
public sealed class OversizedMessageTests(RefusalStack stack)
{
    private static readonly string HundredKilobytes = new('x', 100 * 1024);

    public static TheoryData<string> Cases => ["ExamHub.ReportSignal", "ExamHub.Join", "MonitorHub.ExtendTime", "MonitorHub.Watch", "ServerClockHub.GetServerTime"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task HundredKilobyteMessage_ShouldCloseTheConnectionAndStoreNothing(string name)
    {
        var (path, cookies, method, args) = name switch
        {
            "ExamHub.ReportSignal" => ($"hubs/ujian?halaman={RefusalStack.AndiPage}", stack.AndiCookies, "ReportSignal", new object?[] { stack.AndiLive, HundredKilobytes }),
            "ExamHub.Join" => ($"hubs/ujian?halaman={RefusalStack.AndiPage}", stack.AndiCookies, "Join", [HundredKilobytes]),
            "MonitorHub.ExtendTime" => ("hubs/pantau", stack.AdminCookies, "ExtendTime", [stack.SitiLive, 5, HundredKilobytes]),
            "MonitorHub.Watch" => ("hubs/pantau", stack.AdminCookies, "Watch", [HundredKilobytes, null]),
            "ServerClockHub.GetServerTime" => ("hubs/clock", null, "GetServerTime", [HundredKilobytes]),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
        var before = await stack.EventCountAsync();
        var attemptEvents = (await stack.StreamCountAsync(stack.AndiLive), await stack.StreamCountAsync(stack.SitiLive));
        await using var connection = await stack.ConnectAsync(path, cookies);
        var closed = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += e =>
        {
            closed.TrySetResult(e);
            return Task.CompletedTask;
        };

        var error = await Assert.ThrowsAnyAsync<Exception>(() => connection.InvokeCoreAsync<JsonElement>(method, args));
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(connection.State == HubConnectionState.Disconnected, $"{name}: the connection stayed open ({error.Message})");
        Assert.True(before == await stack.EventCountAsync(), $"{name}: events were stored");
        Assert.Equal(attemptEvents, (await stack.StreamCountAsync(stack.AndiLive), await stack.StreamCountAsync(stack.SitiLive)));
    }
}
