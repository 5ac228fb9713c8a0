using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace Mooc.IntegrationTests.Refusals;

/// <summary>
/// Every hostile hub call of <see cref="HubInventory"/>: refused in the way the case names, with a clear message, and no
/// event stored anywhere. The calls run against the real silo and frontend processes with real SignalR clients.
/// </summary>
[Collection(RefusalStack.Collection)]
public sealed class HubRefusalTests(RefusalStack stack)
{
    public static TheoryData<string> ExamHubCases => HubInventory.Names(HubCaller.LearnerOnExamHub);

    public static TheoryData<string> AdminCases => HubInventory.Names(HubCaller.AdminOnMonitorHub);

    public static TheoryData<string> LearnerOnBoardCases => HubInventory.Names(HubCaller.LearnerOnMonitorHub);

    [Fact]
    public void HubInventory_ShouldNameEveryHubMethod()
    {
        var hubs = typeof(Mooc.WebFrontend.Exams.ExamHub).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Hub)) && !t.IsAbstract);
        foreach (var hub in hubs)
        {
            var declared = hub.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.Name != nameof(Hub.OnDisconnectedAsync) && m.Name != nameof(Hub.OnConnectedAsync))
                .Select(m => m.Name).Order().ToList();
            Assert.True(HubInventory.Methods.TryGetValue(hub.Name, out var listed), $"{hub.Name} is not in the refusal inventory");
            Assert.Equal(listed.Order().ToList(), declared);
            foreach (var method in listed.Where(_ => hub.Name != "ServerClockHub"))
            {
                Assert.True(HubInventory.Cases.Any(c => c.Method == method), $"{hub.Name}.{method} has no refusal case");
            }
        }
    }

    [Theory]
    [MemberData(nameof(ExamHubCases))]
    public Task ExamHubCall_ShouldBeRefusedAndStoreNothing(string name) => RunAsync(HubInventory.Find(name), stack.AndiExam);

    [Theory]
    [MemberData(nameof(AdminCases))]
    public Task AdminControlWithBadArguments_ShouldBeRefusedAndStoreNothing(string name) => RunAsync(HubInventory.Find(name), stack.AdminBoard);

    [Theory]
    [MemberData(nameof(LearnerOnBoardCases))]
    public async Task LearnerOnTheAdminBoard_ShouldBeRefusedBeforeAnyMethod(string name)
    {
        var c = HubInventory.Find(name);
        var before = await stack.EventCountAsync();
        await using var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(stack.Exams.Product.BaseUrl, "hubs/pantau"), o => o.Cookies = stack.AndiCookies)
            .Build();

        var error = await Assert.ThrowsAnyAsync<Exception>(() => connection.StartAsync());

        Assert.True(error.Message.Contains(c.Expected, StringComparison.Ordinal), $"{c.Name}: {error.Message}");
        Assert.Equal(HubConnectionState.Disconnected, connection.State);
        Assert.True(before == await stack.EventCountAsync(), $"{c.Name}: events were stored");
    }

    [Fact]
    public async Task ClockHubWithUnexpectedArguments_ShouldBeRefused()
    {
        await using var clock = await stack.ConnectAsync("hubs/clock", cookies: null);

        await Assert.ThrowsAsync<HubException>(() => clock.InvokeCoreAsync<long>("GetServerTime", [RefusalStack.Script]));

        Assert.True(await clock.InvokeAsync<long>("GetServerTime") > 0);
    }

    private async Task RunAsync(HubCase c, HubConnection connection)
    {
        var before = await stack.EventCountAsync();
        var args = c.Args(stack);
        string shown;
        if (c.Refusal == HubRefusal.Error)
        {
            var error = await Assert.ThrowsAsync<HubException>(() => connection.InvokeCoreAsync<JsonElement>(c.Method, args));
            shown = error.Message;
            Assert.True(shown.Contains(c.Expected, StringComparison.Ordinal), $"{c.Name}: the error was '{shown}'");
        }
        else
        {
            var result = await connection.InvokeCoreAsync<JsonElement>(c.Method, args);
            shown = result.GetRawText();
            switch (c.Refusal)
            {
                case HubRefusal.AnswerNotSaved:
                    var status = result.GetProperty("status").GetString();
                    Assert.True(status is "Refused" or "Duplicate" or "Superseded", $"{c.Name}: the ack was {shown}");
                    if (status == "Refused")
                    {
                        Assert.False(string.IsNullOrWhiteSpace(result.GetProperty("reason").GetString()), $"{c.Name}: refused without a reason");
                    }

                    break;
                case HubRefusal.SignalNotRecorded:
                    Assert.False(result.GetProperty("recorded").GetBoolean(), $"{c.Name}: the signal was recorded: {shown}");
                    break;
                case HubRefusal.AlreadySubmitted:
                    Assert.True(result.GetProperty("status").GetString() == "submitted", $"{c.Name}: the state was {shown}");
                    break;
                case HubRefusal.BoardRefused:
                    Assert.True(result.GetProperty("done").GetInt32() == 0, $"{c.Name}: the action was done: {shown}");
                    var refusals = result.GetProperty("refusals").EnumerateArray().Select(r => r.GetString() ?? "").ToList();
                    Assert.True(refusals.Count > 0 && refusals.Any(r => r.Contains(c.Expected, StringComparison.Ordinal)), $"{c.Name}: the refusals were {shown}");
                    break;
                default:
                    throw new InvalidOperationException($"{c.Name}: {c.Refusal} is not a call's outcome");
            }

            Assert.True(c.Expected.Length == 0 || shown.Contains(c.Expected, StringComparison.Ordinal), $"{c.Name}: '{c.Expected}' not in {shown}");
        }

        Assert.True(before == await stack.EventCountAsync(), $"{c.Name}: events were stored");
        Assert.True(connection.State == HubConnectionState.Connected, $"{c.Name}: the connection was closed");
        if (c.Caller == HubCaller.LearnerOnExamHub)
        {
            foreach (var secret in stack.SitiSecrets)
            {
                Assert.False(shown.Contains(secret, StringComparison.Ordinal), $"{c.Name}: the answer shows another learner's '{secret}'");
            }
        }
    }
}
