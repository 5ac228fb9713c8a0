using System.Net;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Integrity;
using Mooc.Grains.Abstractions.Replay;
using Mooc.IntegrationTests.Exams;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Integrity;

/// <summary>
/// Tamper evidence (issue 9): a finished attempt's events are hash-chained, its certificate carries the chain's digest,
/// and when one stored event is altered directly in PostgreSQL the check, the operator's command and the admin's
/// attempt page all name the attempt and the event.
/// </summary>
[Collection(IntegrityCollection.Name)]
public sealed class AttemptChainTests(IntegrityStack stack)
{
    private const string Rudi = "198811232012121003";

    private ExamStack Exams => stack.Exams;

    [Fact]
    public async Task AlteringAStoredAnswerOfAFinishedAttempt_ShouldBeNamedByTheCheckTheCommandAndTheAdminPage()
    {
        var attemptId = await PassedAttemptAsync(Rudi);
        var stream = $"attempt:{attemptId:N}";
        var db = Exams.Product.Database;
        var number = await Eventually.GetAsync(
            () => db.ScalarAsync<string>($"select data->>'Number' from mooc.mt_events where stream_id = '{stream}' and type = 'certificate_issued'"),
            n => n is not null, TimeSpan.FromSeconds(30), "the certificate");

        var intact = await CheckAsync(attemptId);
        Assert.Equal((ChainBreak.None, Rudi), (intact.Break, intact.Username));
        Assert.Equal(await db.ScalarAsync<long>($"select count(*) from mooc.mt_events where stream_id = '{stream}'"), intact.Events);
        Assert.Equal(await db.ScalarAsync<string>($"select headers->>'chain_digest' from mooc.mt_events where stream_id = '{stream}' order by version desc limit 1"),
            intact.FinalDigest);
        var graded = await db.ScalarAsync<string>($"select headers->>'chain_digest' from mooc.mt_events where stream_id = '{stream}' and type = 'exam_graded'");
        Assert.Equal((number, graded), (intact.CertificateNumber, intact.CertificateDigest));
        Assert.Matches("^[0-9a-f]{64}$", graded!);

        // The public verification page shows the code printed on the certificate.
        using (var visitor = LoopbackHttp.Create(Exams.Product.BaseUrl))
        {
            Assert.Contains(DigestText.Grouped(graded!), await visitor.GetStringAsync($"verifikasi/{number}"), StringComparison.Ordinal);
        }

        using var admin = await Exams.SignInAsync("admin", ExamStack.AdminPassword);
        Assert.Contains("data-intact=\"true\"", await admin.GetStringAsync($"admin/percobaan/{attemptId}"), StringComparison.Ordinal);
        var (code, output) = await VerifyCommandAsync(attemptId.ToString());
        Assert.True(code == 0, output);
        Assert.Contains($"attempt {attemptId:N}: intact, {intact.Events} events, final digest {intact.FinalDigest}", output, StringComparison.Ordinal);

        // Someone with database access changes the first stored answer.
        var altered = await db.ScalarAsync<long>($"select min(version) from mooc.mt_events where stream_id = '{stream}' and type = 'answer_selected'");
        await db.ExecuteAsync(
            $"update mooc.mt_events set data = jsonb_set(data, '{{Option}}', to_jsonb(((data->>'Option')::int + 1) % 4)) where stream_id = '{stream}' and version = {altered}");

        var broken = await CheckAsync(attemptId);
        Assert.Equal((attemptId, ChainBreak.ContentAltered, altered, "answer_selected"), (broken.AttemptId, broken.Break, broken.BrokenVersion, broken.BrokenEventType));

        var page = await admin.GetStringAsync($"admin/percobaan/{attemptId}");
        Assert.Contains("data-intact=\"false\"", page, StringComparison.Ordinal);
        Assert.Contains($"Tidak utuh: isi peristiwa no. {altered} (answer_selected) telah diubah setelah tersimpan.", page, StringComparison.Ordinal);
        Assert.Matches($"<tr data-version=\"{altered}\"[^>]*class=\"table-danger\"", page);

        (code, output) = await VerifyCommandAsync();
        Assert.True(code == 2, output);
        Assert.Contains($"attempt {attemptId:N}: NOT INTACT at event {altered} (answer_selected): its content was changed after it was stored", output, StringComparison.Ordinal);
        Assert.Matches(@"Checked \d+ attempt\(s\): \d+ intact, 1 not intact\.", output);
    }

    [Fact]
    public async Task VerifyCommand_ShouldRefuseAMalformedIdAndReportAnUnknownOne()
    {
        var (code, output) = await VerifyCommandAsync("bukan-id");
        Assert.Equal(1, code);
        Assert.Contains("'bukan-id' is not an attempt id", output, StringComparison.Ordinal);

        var unknown = Guid.NewGuid();
        (code, output) = await VerifyCommandAsync(unknown.ToString());
        Assert.Equal(2, code);
        Assert.Contains($"attempt {unknown:N}: not found", output, StringComparison.Ordinal);
    }

    private async Task<Guid> PassedAttemptAsync(string username)
    {
        var attemptId = await ExamFixture.StartAsync(Exams.Grains, username, IntegrityStack.Chained);
        var key = await AttemptKey.ReadAsync(Exams.Product.Database, attemptId);
        var attempt = Exams.Grains.GetGrain<IExamAttemptGrain>(attemptId);
        for (var n = 1; n <= key.Count; n++)
        {
            Assert.Equal(AnswerAckStatus.Saved, (await attempt.SelectAnswerAsync(username, n, key[n - 1], n)).Status);
        }

        Assert.Equal(AttemptStatus.Submitted, (await attempt.SubmitAsync(username)).Status);
        return attemptId;
    }

    private async Task<AttemptIntegrityReport> CheckAsync(Guid attemptId) =>
        await Exams.Grains.GetGrain<IAttemptReplayQueryGrain>(0).CheckIntegrityAsync(attemptId)
        ?? throw new InvalidOperationException($"attempt {attemptId} was not found");

    private async Task<(int Code, string Output)> VerifyCommandAsync(params string[] ids)
    {
        await using var command = ProductProcess.Start("verify", RepoPaths.SiloDll, Exams.Product.Environment(), ["verify-attempts", .. ids]);
        var code = await command.WaitForExitAsync(TimeSpan.FromSeconds(120));
        return (code, command.Output);
    }
}
