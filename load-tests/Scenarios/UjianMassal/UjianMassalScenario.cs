using Mooc.LoadTests.Accounts;
using Mooc.LoadTests.Scenarios.UjianMassal.Board;

namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>
/// "Ujian massal" (mass exam): every examinee signs in, starts the exam in the start window of the load shape,
/// answers it over SignalR and submits — or drops the connection, or leaves the exam to the deadline, in the
/// run's shares. The set-up (accounts, enrolment, materials) happens before, in <see cref="ExamSetup"/>. With
/// --watch-board, admins watch the training's live board through the run and the time an answer takes to reach it is measured.
/// </summary>
public sealed class UjianMassalScenario : IScenario
{
    public const string ScenarioName = "ujian-massal";

    public string Name => ScenarioName;

    public async Task RunAsync(ScenarioContext context, CancellationToken stop)
    {
        var options = context.Options;
        var accounts = ExamAccounts.Load(options);
        var watchers = Enumerable.Range(0, options.Exam.BoardWatchers).Select(i => new BoardWatcher(context, i)).ToList();
        try
        {
            // The admins open "Pantau Ujian" before the bell, as they would.
            await Task.WhenAll(watchers.Select(w => w.StartAsync(stop)));
            context.Metrics.Board.Watch(watchers.Count);
            context.Metrics.MarkLoadStarted();
            var users = Enumerable.Range(0, options.Users).Select(index =>
                RunUserAsync(
                    new ExamUser(context, accounts[index], ExamBehaviour.For(index, options.Exam.DropShare, options.Exam.AbandonShare), context.RouteFor(index)),
                    StartSchedule.DelayFor(index, options.Users, options.Shape, options.Ramp),
                    stop));
            await Task.WhenAll(users);
        }
        finally
        {
            foreach (var watcher in watchers)
            {
                await watcher.DisposeAsync();
            }
        }
    }

    private static async Task RunUserAsync(ExamUser user, TimeSpan startDelay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(startDelay, stop);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await user.RunAsync(stop);
    }
}
