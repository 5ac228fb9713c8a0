using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Mooc.IntegrationTests.Exams;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Monitoring;

/// <summary>
/// The board's controls against the product's processes: more time reaches the learner's page at once, an end now
/// ends the attempt on both sides, each is an event with the admin and the reason, and bad input changes nothing.
/// </summary>
public sealed class ExamControlTests : IAsyncLifetime
{
    private const string Andi = "199001012015031001";
    private const string Siti = "199205172018012002";
    private const string Code = "UJI-KENDALI";

    private ExamStack _stack = null!;

    public async Task InitializeAsync() => _stack = await ExamStack.StartAsync((Code, ExamFixture.Exam()));

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task MoreTimeAndEndNow_ShouldReachTheLearnerAtOnceAndBeRecordedWithAdminAndReason()
    {
        var andi = await ExamFixture.StartAsync(_stack.Grains, Andi, Code);
        var siti = await ExamFixture.StartAsync(_stack.Grains, Siti, Code);
        await using var admin = await BoardClient.ConnectAsync(_stack.Product.BaseUrl, "admin", "Admin#Mooc2026");
        await admin.WatchAsync(Code);
        await using var page = await _stack.ConnectAsync(Andi);
        var pushed = new ConcurrentQueue<JsonElement>();
        page.On<JsonElement>("updated", m => pushed.Enqueue(m.Clone()));
        var before = (await page.InvokeAsync<JsonElement>("Join", andi)).GetProperty("remainingMs").GetInt64();

        var one = await admin.Connection.InvokeAsync<JsonElement>("ExtendTime", andi, 10, "Koneksi peserta terputus 10 menit");
        Assert.Equal((1, 0), (one.GetProperty("done").GetInt32(), one.GetProperty("refused").GetInt32()));
        var update = await Eventually.GetAsync(() => Task.FromResult(pushed.LastOrDefault()), m => m.ValueKind == JsonValueKind.Object, TimeSpan.FromSeconds(5), "the new time on the learner's page");
        Assert.InRange(update.GetProperty("remainingMs").GetInt64() - before, 9 * 60_000, 10 * 60_000 + 1_000);

        var everyone = await admin.Connection.InvokeAsync<JsonElement>("ExtendTimeForAll", Code, 5, "Gangguan server pusat");
        Assert.Equal(2, everyone.GetProperty("done").GetInt32());
        var (sitiRow, _) = await admin.RowAsync(siti, r => r.GetProperty("deadline").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(24), TimeSpan.FromSeconds(5));
        Assert.Equal("InProgress", sitiRow.GetProperty("status").GetString());

        var ended = await admin.Connection.InvokeAsync<JsonElement>("End", andi, "Peserta terbukti bekerja sama");
        Assert.Equal(1, ended.GetProperty("done").GetInt32());
        var submitted = await Eventually.GetAsync(() => Task.FromResult(pushed.LastOrDefault()), m => m.GetProperty("status").GetString() == "submitted", TimeSpan.FromSeconds(5), "the end on the learner's page");
        Assert.True(submitted.GetProperty("result").GetProperty("endedByAdmin").GetBoolean());
        await admin.RowAsync(andi, r => r.GetProperty("status").GetString() == "Submitted", TimeSpan.FromSeconds(5));
        var late = await page.InvokeAsync<JsonElement>("SelectAnswer", andi, 1, 0, 1L);
        Assert.Equal("Refused", late.GetProperty("status").GetString());

        var db = _stack.Product.Database;
        Assert.Equal("Admin BPSDM|Koneksi peserta terputus 10 menit|10", await db.ScalarAsync<string>(
            $"select data->>'AdminName' || '|' || (data->>'Reason') || '|' || (data->>'Minutes') from mooc.mt_events where stream_id = 'attempt:{andi:N}' and type = 'exam_time_extended' order by version limit 1"));
        Assert.Equal("admin|Peserta terbukti bekerja sama", await db.ScalarAsync<string>(
            $"select data->>'AdminUsername' || '|' || (data->>'Reason') from mooc.mt_events where stream_id = 'attempt:{andi:N}' and type = 'exam_ended_by_admin'"));
    }

    [Fact]
    public async Task BadInput_ShouldBeRefusedWithAReasonAndChangeNothing()
    {
        var andi = await ExamFixture.StartAsync(_stack.Grains, Andi, Code);
        await using var admin = await BoardClient.ConnectAsync(_stack.Product.BaseUrl, "admin", "Admin#Mooc2026");
        var streamLength = $"select count(*) from mooc.mt_events where stream_id = 'attempt:{andi:N}'";
        var before = await _stack.Product.Database.ScalarAsync<long>(streamLength);

        foreach (var (method, args, refusal) in new (string, object[], string)[]
                 {
                     ("ExtendTime", [andi, 10, " "], "Alasan wajib diisi."),
                     ("ExtendTime", [andi, 500, "Gangguan"], "Tambahan waktu harus antara 1 dan 120 menit."),
                     ("End", [andi, new string('x', 501)], "Alasan paling panjang 500 karakter."),
                     ("End", [Guid.NewGuid(), "Gangguan"], "Ujian ini tidak ditemukan."),
                 })
        {
            var result = await admin.Connection.InvokeCoreAsync<JsonElement>(method, args);
            Assert.Equal(0, result.GetProperty("done").GetInt32());
            Assert.Equal(refusal, Assert.Single(result.GetProperty("refusals").EnumerateArray()).GetString());
        }

        Assert.Equal(before, await _stack.Product.Database.ScalarAsync<long>(streamLength));
    }
}
