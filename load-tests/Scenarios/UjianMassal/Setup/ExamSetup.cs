using System.Diagnostics;
using Mooc.LoadTests.Accounts;
using Mooc.LoadTests.Measurement;

namespace Mooc.LoadTests.Scenarios.UjianMassal.Setup;

/// <summary>
/// The days before the exam, through the product's own paths: an admin imports the accounts ("Impor Akun"), then
/// every examinee signs in, presses "Daftar" on the training and finishes its materials. All of it is idempotent,
/// so a second run over the same accounts goes straight through. Measured apart from the load. With a sitting
/// (<c>--sitting-wave-size</c>) the admin schedules it last, through "Buat Jadwal".
/// </summary>
public static class ExamSetup
{
    private const int Parallelism = 8;

    public static async Task<SetupResult> RunAsync(ScenarioContext load, CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        // The set-up's own metrics (given by the caller), apart from the load's.
        var context = load;
        var metrics = load.Metrics;
        var options = load.Options;
        AccountImportTotals? imported = null;
        if (options.AccountsFile is null)
        {
            using var admin = new LearnerBrowser(context);
            if (!await admin.SignInAsync(new LearnerAccount(options.Exam.AdminUser, options.Exam.AdminPassword), stop))
            {
                throw new SetupException($"the admin '{options.Exam.AdminUser}' could not sign in ({Describe(metrics)}); check --admin-user, --admin-password and --captcha.");
            }

            imported = await AccountImportUpload.ImportAsync(admin, options.Users, stop);
            if (imported.Errors > 0)
            {
                throw new SetupException($"{imported.Errors} account lines were refused by Impor Akun.");
            }
        }

        var accounts = ExamAccounts.Load(options);
        var prepared = 0;
        var keep = options.Exam.SignInEarly;
        var signedIn = new System.Collections.Concurrent.ConcurrentDictionary<string, LearnerBrowser>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(accounts.Take(options.Users), new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = stop }, async (account, token) =>
        {
            LearnerBrowser? browser = new LearnerBrowser(context);
            try
            {
                if (await browser.SignInAsync(account, token))
                {
                    await browser.EnrolAsync(token);
                    await browser.CompleteMaterialsAsync(token);
                    Interlocked.Increment(ref prepared);
                    if (keep && signedIn.TryAdd(account.Username, browser))
                    {
                        browser = null;
                    }
                }
            }
            finally
            {
                browser?.Dispose();
            }
        });

        if (metrics.Errors.Total > 0)
        {
            throw new SetupException($"{options.Users - prepared} of {options.Users} examinees could not be prepared: {Describe(metrics)}.");
        }

        // Last, so the sitting opens just before the load starts and the waves count from the bell.
        var sitting = options.Exam.UsesSitting ? await ExamSittingSchedule.ScheduleAsync(context, accounts.Take(options.Users).ToList(), stop) : null;
        var took = Stopwatch.GetElapsedTime(started);
        var summary = (imported is null ? "accounts from --accounts" : $"Impor Akun: {imported.Created} created, {imported.Skipped} already there")
            + $"; {prepared} examinees signed in, enrolled (Daftar) and finished every material of {options.Course}"
            + (keep ? " and stay signed in for the exam (--sign-in-early)" : string.Empty)
            + (sitting is null ? string.Empty : $"; {sitting}") + $"; took {took.TotalSeconds:0} s.";
        return new SetupResult(took, imported, prepared, metrics.Errors.Total, summary) { SignedIn = signedIn };
    }

    private static string Describe(RunMetrics metrics) =>
        string.Join("; ", metrics.Errors.Snapshot().Take(5).Select(e => $"{e.Operation}: {e.Kind} ×{e.Count}"));
}
