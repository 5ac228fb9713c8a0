using System.Text.Json;
using Mooc.Grains.Abstractions.Exams;
using Mooc.IntegrationTests.Exams;
using Mooc.TestSupport;
using Xunit.Abstractions;

namespace Mooc.IntegrationTests.LoadTests;

/// <summary>
/// The load driver's smoke run, part of the test command: 200 examinees against the real processes — set-up through
/// "Impor Akun" and "Daftar", sign-in, a ramped start, answers over SignalR, a tenth dropping their connection, a
/// tenth left to the server's deadline — then every attempt checked in the event store. It fails on any lost or
/// duplicated answer and on any error; it asserts no timing (the figures are the driver's report).
/// </summary>
public sealed class MassExamSmokeTests(ITestOutputHelper output)
{
    private const string Course = "UJI-MASSAL";
    private const int Examinees = 200;

    [Fact]
    public async Task TwoHundredExaminees_ShouldLoseNoAcknowledgedAnswerAndStoreNoneTwice()
    {
        await using var stack = await ExamStack.StartAsync((Course, SmokeExam()));
        var reports = Directory.CreateTempSubdirectory("mooc-smoke-");
        try
        {
            var driver = ProductProcess.Start("load driver", RepoPaths.LoadDriverDll, new Dictionary<string, string>(),
                "ujian-massal", "--url", stack.Product.BaseUrl.ToString(), "--users", $"{Examinees}", "--duration", "240",
                "--shape", "ramp", "--ramp", "20", "--think-ms", "3000", "--captcha", ProductStack.CaptchaCode, "--course", Course,
                "--setup", "--drop-share", "0.1", "--drop-seconds", "3", "--abandon-share", "0.1",
                "--database", stack.Product.Database.ConnectionString, "--reports", reports.FullName);
            var exitCode = await driver.WaitForExitAsync(TimeSpan.FromMinutes(8));
            output.WriteLine(driver.Output);

            using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Directory.GetFiles(reports.FullName, "report.json", SearchOption.AllDirectories).Single()));
            var root = report.RootElement;
            var verification = root.GetProperty("verification");
            Assert.True(verification.GetProperty("checked").GetBoolean(), verification.GetProperty("notCheckedReason").ToString());
            Assert.Equal(Examinees, verification.GetProperty("attempts").GetInt32());
            Assert.Equal(0, verification.GetProperty("lost").GetInt64());
            Assert.Equal(0, verification.GetProperty("duplicates").GetInt64());
            Assert.Equal(0, verification.GetProperty("finalAnswerMismatches").GetInt64());
            Assert.True(verification.GetProperty("acknowledgedAnswers").GetInt64() >= Examinees * 5, "every examinee answered at least half the exam");
            Assert.Equal(Examinees / 10, verification.GetProperty("submittedByServer").GetInt32());
            Assert.Equal(Examinees - (Examinees / 10), verification.GetProperty("submittedByExaminee").GetInt32());
            Assert.Equal(0, root.GetProperty("totals").GetProperty("errors").GetInt64());
            Assert.Equal(0, exitCode);
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(Directory.GetFiles(reports.FullName, "report.json", SearchOption.AllDirectories)[0])!, "report.html")));
        }
        finally
        {
            reports.Delete(recursive: true);
        }
    }

    /// <summary>Ten questions of a twelve-question bank in two minutes, so the abandoning tenth meets the deadline within the run.</summary>
    private static ExamDefinition SmokeExam() => new(
        new ExamSettings(10, 2, 70, 3, true, true, true),
        [.. Enumerable.Range(1, 12).Select(i => new ExamQuestion($"q{i:00}", $"Pertanyaan uji beban nomor {i}?", ["A", "B", "C", "D"], i % 4))]);
}
