using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Mooc.LoadTests.Accounts;

namespace Mooc.LoadTests.Scenarios.UjianMassal.Setup;

/// <summary>
/// Schedules the run's sitting as an admin does: "Buat Jadwal" (/admin/jadwal/form) with the examinees' NIPs pasted
/// one a line, opening now (WIB, to the second) for an hour, in the waves the options ask for.
/// </summary>
public static partial class ExamSittingSchedule
{
    private static readonly TimeZoneInfo Wib = TimeZoneInfo.FindSystemTimeZoneById("Asia/Jakarta");

    public static async Task<string> ScheduleAsync(ScenarioContext context, IReadOnlyList<LearnerAccount> examinees, CancellationToken stop)
    {
        var options = context.Options;
        using var admin = new LearnerBrowser(context);
        if (!await admin.SignInAsync(new LearnerAccount(options.Exam.AdminUser, options.Exam.AdminPassword), stop))
        {
            throw new SetupException($"the admin '{options.Exam.AdminUser}' could not sign in to schedule the sitting.");
        }

        var page = await admin.GetAsync("admin/jadwal/form", stop) ?? throw new SetupException("the admin could not open Buat Jadwal (/admin/jadwal/form).");
        var token = HtmlForm.Hidden(page, HtmlForm.TokenField) ?? throw new SetupException("Buat Jadwal has no anti-forgery token.");
        var opens = DateTimeOffset.UtcNow;
        var name = $"Uji beban {opens:yyyyMMdd-HHmmss}";
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [HtmlForm.TokenField] = token,
            ["kode"] = options.Course,
            ["Input.Nama"] = name,
            ["Input.Peserta"] = string.Join('\n', examinees.Select(e => e.Username)),
            ["Input.Unit"] = "",
            ["Input.Buka"] = InWib(opens),
            ["Input.Tutup"] = InWib(opens.AddHours(1)),
            ["Input.Durasi"] = options.Exam.SittingDuration.ToString(CultureInfo.InvariantCulture),
            ["Input.Gelombang"] = options.Exam.SittingWaveSize.ToString(CultureInfo.InvariantCulture),
            ["Input.Jeda"] = options.Exam.SittingWaveInterval.ToString(CultureInfo.InvariantCulture),
        });
        var (status, answer) = await admin.PostForPageAsync("admin/jadwal/form", form, stop);
        if (status != HttpStatusCode.Redirect)
        {
            var problem = answer is not null && Problem().Match(answer) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value.Trim()) : $"HTTP {(int)status}";
            throw new SetupException($"Buat Jadwal refused the sitting: {problem}");
        }

        return $"sitting \"{name}\" for {examinees.Count} examinees: {options.Exam.SittingWaveSize} per wave every {options.Exam.SittingWaveInterval} s, attempts of {options.Exam.SittingDuration} min";
    }

    private static string InWib(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, Wib).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    [GeneratedRegex("data-testid=\"sitting-problem\">([^<]*)<")]
    private static partial Regex Problem();
}
