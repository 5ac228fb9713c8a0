using System.Net;
using System.Text.RegularExpressions;
using Mooc.Grains.Abstractions.Exams;
using Mooc.IntegrationTests.Exams;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Replay;

/// <summary>
/// Issue 8's attempt replay against the product's processes: an admin finds a learner's attempts by NIP and reads an
/// attempt's every event in order with the server's times; learners and anonymous visitors are kept out.
/// </summary>
public sealed partial class AttemptReplayTests(ReplayStack stack) : IClassFixture<ReplayStack>
{
    private const string Andi = "199001012015031001";
    private const string Siti = "199205172018012002";
    private const string Rudi = "198811232012121003";

    [GeneratedRegex("""<tr data-version="(?<version>\d+)" data-kind="(?<kind>\w+)" data-recorded-ticks="(?<ticks>\d+)"[^>]*>(?<cells>(?:.|\n)*?)</tr>""")]
    private static partial Regex TimelineRow();

    [GeneratedRegex(@"\d\d\.\d\d\.\d\d,\d{3} WIB")]
    private static partial Regex PreciseWib();

    [Fact]
    public async Task SatAttempt_ShouldBeListedUnderTheNipAndReplayEveryEventInOrderWithMarksAndGrade()
    {
        var attemptId = await ExamFixture.StartAsync(stack.Exams.Grains, Andi, ReplayStack.Code);
        var key = await AttemptKey.ReadAsync(stack.Exams.Product.Database, attemptId);
        var attempt = stack.Exams.Grains.GetGrain<IExamAttemptGrain>(attemptId);
        int Wrong(int n) => (key[n - 1] + 1) % 4;
        await Saved(attempt.SelectAnswerAsync(Andi, 1, Wrong(1), 1));
        await attempt.NavigateAsync(Andi, 2);
        await Saved(attempt.SelectAnswerAsync(Andi, 2, key[1], 2));
        await attempt.NavigateAsync(Andi, 3);
        await Saved(attempt.SelectAnswerAsync(Andi, 3, Wrong(3), 3));
        await attempt.NavigateAsync(Andi, 1);
        await Saved(attempt.SelectAnswerAsync(Andi, 1, key[0], 4));
        var outcome = (await attempt.SubmitAsync(Andi)).Outcome!;
        Assert.False(outcome.Passed);
        using var admin = await stack.Exams.SignInAsync("admin", ExamStack.AdminPassword);

        var list = await admin.GetStringAsync($"admin/percobaan?peserta={Andi}");
        Assert.Contains("Andi Pratama", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/percobaan/{attemptId}\"", list, StringComparison.Ordinal);
        Assert.Contains(ExamFixture.Course.Title, list, StringComparison.Ordinal);
        Assert.Contains("Tidak Lulus", list, StringComparison.Ordinal);

        using var response = await admin.GetAsync($"admin/percobaan/{attemptId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()); File.WriteAllText("/tmp/replay-detail.html", html); File.WriteAllText("/tmp/replay-list.html", list);
        var rows = TimelineRow().Matches(html).Select(m => (Version: long.Parse(m.Groups["version"].Value), Kind: m.Groups["kind"].Value,
            Ticks: long.Parse(m.Groups["ticks"].Value), Cells: m.Groups["cells"].Value)).ToList();
        Assert.Equal(["Started", "Answered", "Navigated", "Answered", "Navigated", "Answered", "Navigated", "AnswerChanged", "Submitted", "Graded"], rows.Select(r => r.Kind));
        Assert.Equal(Enumerable.Range(1, 10).Select(v => (long)v), rows.Select(r => r.Version));
        // Each of the first nine is an append of its own, so its commit is later; submission and grade commit together.
        Assert.All(rows.Zip(rows.Skip(1)).Take(8), pair => Assert.True(pair.Second.Ticks > pair.First.Ticks, $"version {pair.Second.Version} is not later than {pair.First.Version}"));
        Assert.Equal(rows[8].Ticks, rows[9].Ticks);
        Assert.All(rows, r => Assert.Matches(PreciseWib(), r.Cells));

        static string Letter(int option) => ((char)('A' + option)).ToString();
        Assert.Contains("Ujian dimulai (percobaan ke-1, 3 soal, batas waktu ", rows[0].Cells, StringComparison.Ordinal);
        Assert.Contains($"Jawaban soal 1: pilihan {Letter(Wrong(1))} (urutan kirim 1), salah", rows[1].Cells, StringComparison.Ordinal);
        Assert.Contains("data-correct=\"false\"", rows[1].Cells, StringComparison.Ordinal);
        Assert.Contains("Pindah ke soal 2", rows[2].Cells, StringComparison.Ordinal);
        Assert.Contains($"Jawaban soal 2: pilihan {Letter(key[1])} (urutan kirim 2), benar", rows[3].Cells, StringComparison.Ordinal);
        Assert.Contains("data-correct=\"true\"", rows[3].Cells, StringComparison.Ordinal);
        Assert.Contains($"Jawaban soal 3: pilihan {Letter(Wrong(3))} (urutan kirim 3), salah", rows[5].Cells, StringComparison.Ordinal);
        Assert.Contains($"Jawaban diganti, soal 1: dari pilihan {Letter(Wrong(1))} menjadi pilihan {Letter(key[0])} (urutan kirim 4), benar", rows[7].Cells, StringComparison.Ordinal);
        Assert.Contains("Ujian dikumpulkan oleh peserta", rows[8].Cells, StringComparison.Ordinal);
        Assert.Contains($"Dinilai: {outcome.Score} (Tidak Lulus, nilai kelulusan 70", rows[9].Cells, StringComparison.Ordinal);

        // The summary: who, which training, what was saved and changed, the grade.
        Assert.Contains("NIP " + Andi, html, StringComparison.Ordinal);
        Assert.Contains(ReplayStack.Code, html, StringComparison.Ordinal);
        Assert.Contains("4 (1 kali diganti)", html, StringComparison.Ordinal);
        Assert.Contains("nilai kelulusan 70", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunningAttempt_ShouldBeListedAndReplayedBeforeAnyGrade()
    {
        var attemptId = await ExamFixture.StartAsync(stack.Exams.Grains, Siti, ReplayStack.Code);
        using var admin = await stack.Exams.SignInAsync("admin", ExamStack.AdminPassword);

        var list = await admin.GetStringAsync($"admin/percobaan?peserta={Siti}");
        Assert.Contains($"href=\"/admin/percobaan/{attemptId}\"", list, StringComparison.Ordinal);
        Assert.Contains("Sedang berlangsung", list, StringComparison.Ordinal);

        var html = await admin.GetStringAsync($"admin/percobaan/{attemptId}");
        Assert.Equal(["Started"], TimelineRow().Matches(html).Select(m => m.Groups["kind"].Value));
        Assert.Contains("Belum dikumpulkan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAttemptOrLearner_ShouldSaySoAndTheAttemptPageAnswer404()
    {
        using var admin = await stack.Exams.SignInAsync("admin", ExamStack.AdminPassword);

        using var attempt = await admin.GetAsync($"admin/percobaan/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, attempt.StatusCode);
        Assert.Contains("Percobaan ujian tidak ditemukan", await attempt.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var learner = WebUtility.HtmlDecode(await admin.GetStringAsync("admin/percobaan?peserta=199912312099121999"));
        Assert.Contains("Peserta dengan NIP atau username \"199912312099121999\" tidak ditemukan.", learner, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LearnerOrAnonymous_ShouldBeRefusedBothPages()
    {
        using var learner = await stack.Exams.SignInAsync(Rudi);
        using var anonymous = LoopbackHttp.Create(stack.Exams.Product.BaseUrl);

        foreach (var path in new[] { $"admin/percobaan?peserta={Rudi}", $"admin/percobaan/{Guid.NewGuid()}" })
        {
            using var refused = await learner.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/AksesDitolak", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            using var signedOut = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
            Assert.StartsWith("/Login", signedOut.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    private static async Task Saved(Task<AnswerAck> answer) => Assert.Equal(AnswerAckStatus.Saved, (await answer).Status);
}
