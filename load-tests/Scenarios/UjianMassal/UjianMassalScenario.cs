using Mooc.LoadTests.Accounts;

namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>"Ujian massal" (mass exam): every user signs in, finishes the course's materials, takes and submits the exam.</summary>
public sealed class UjianMassalScenario : IScenario
{
    public const string ScenarioName = "ujian-massal";

    public string Name => ScenarioName;

    public Task RunAsync(ScenarioContext context, CancellationToken stop)
    {
        var options = context.Options;
        // The options builder already checked the file and that it holds an account per user.
        _ = AccountsFile.TryLoad(options.AccountsFile!, out var accounts);
        var users = Enumerable.Range(0, options.Users)
            .Select(index => RunUserAsync(context, accounts[index], StartSchedule.DelayFor(index, options.Users, options.Shape, options.Ramp), stop));
        return Task.WhenAll(users);
    }

    private static async Task RunUserAsync(ScenarioContext context, LearnerAccount account, TimeSpan startDelay, CancellationToken stop)
    {
        try
        {
            await Task.Delay(startDelay, stop);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await new ExamUser(context, account).RunAsync(stop);
    }
}
