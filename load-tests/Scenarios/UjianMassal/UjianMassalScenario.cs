using Mooc.LoadTests.Accounts;

namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>
/// "Ujian massal" (mass exam): every examinee signs in, starts the exam in the start window of the load shape,
/// answers it over SignalR and submits — or drops the connection, or leaves the exam to the deadline, in the
/// run's shares. The set-up (accounts, enrolment, materials) happens before, in <see cref="ExamSetup"/>.
/// </summary>
public sealed class UjianMassalScenario : IScenario
{
    public const string ScenarioName = "ujian-massal";

    public string Name => ScenarioName;

    public Task RunAsync(ScenarioContext context, CancellationToken stop)
    {
        var options = context.Options;
        var accounts = ExamAccounts.Load(options);
        var users = Enumerable.Range(0, options.Users).Select(index =>
            RunUserAsync(
                new ExamUser(context, accounts[index], ExamBehaviour.For(index, options.Exam.DropShare, options.Exam.AbandonShare)),
                StartSchedule.DelayFor(index, options.Users, options.Shape, options.Ramp),
                stop));
        return Task.WhenAll(users);
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
