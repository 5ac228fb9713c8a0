using System.Globalization;
using System.Net;
using Mooc.Grains.Abstractions.Accounts;
using Mooc.IntegrationTests.Certificates;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;
using Mooc.WebFrontend.Formatting;

namespace Mooc.IntegrationTests.Reports;

/// <summary>
/// "Laporan Hasil Ujian" against the product's processes: learners pass and fail exams through the grains, the admin
/// reads the report on the page and downloads it as CSV and XLSX with filters; learners are refused; bad filters get
/// their message and no file.
/// </summary>
public sealed class ExamReportTests(CertificateStack stack) : IClassFixture<CertificateStack>
{
    private const string Andi = "199001012015031001";
    private const string Siti = "199205172018012002";
    private const string Yohanes = "198811232012121003";
    private const string Code = CertificateStack.WithCertificate;
    private const string Other = CertificateStack.WithoutCertificate;

    [Fact]
    public async Task PassesAndFails_ShouldBeInTheDownloadsExactlyAsTheFiltersSelect()
    {
        // Andi passes; Siti fails, then passes on her second attempt; Yohanes fails; Andi also fails the other training.
        var andiPass = await stack.SitAsync(Andi, Code, pass: true);
        await stack.SitAsync(Siti, Code, pass: false);
        await stack.SitAsync(Siti, Code, pass: true);
        await stack.SitAsync(Yohanes, Code, pass: false);
        await stack.SitAsync(Andi, Other, pass: false);
        var andi = await ProfileAsync(Andi);
        var siti = await ProfileAsync(Siti);
        var yohanes = await ProfileAsync(Yohanes);
        var andiNumber = (await stack.ProgressAsync(Andi, Code)).CertificateNumber!;
        var sitiNumber = (await stack.ProgressAsync(Siti, Code)).CertificateNumber!;
        using var admin = await stack.Exams.SignInAsync("admin", "Admin#Mooc2026", "127.0.0.71");

        // Every attempt of the training, sorted by name, then attempt; waits for the projection.
        var all = await Eventually.GetAsync(
            () => ReportDownloads.CsvAsync(admin, $"kode={Code}&status=semua&hasil=semua"), rows => rows.Count == 4, TimeSpan.FromSeconds(15), "four attempts in the CSV");
        Assert.Equal(
            [(andi.Nip, "1", "Lulus"), (siti.Nip, "1", "Tidak Lulus"), (siti.Nip, "2", "Lulus"), (yohanes.Nip, "1", "Tidak Lulus")],
            all.Select(r => (r["NIP"], r["Percobaan"], r["Status"])).ToList());
        var first = all[0];
        Assert.Equal((andi.FullName, andi.Unit, Code, ExamFixtureTitle), (first["Nama"], first["Unit Kerja"], first["Kode Pelatihan"], first["Nama Pelatihan"]));
        Assert.Equal(("100", "70", andiNumber), (first["Nilai"], first["Nilai Kelulusan"], first["Nomor Sertifikat"]));
        Assert.Equal(await SubmittedWibAsync(andiPass), first["Tanggal Ujian"]);
        Assert.Equal(("0", ""), (all[1]["Nilai"], all[1]["Nomor Sertifikat"]));
        Assert.Equal(sitiNumber, all[2]["Nomor Sertifikat"]);

        // Final results that passed, as XLSX: one row per learner, NIP as text, the score a number, the time a date.
        var passed = await ReportDownloads.XlsxAsync(admin, $"kode={Code}&status=lulus&hasil=akhir", sheet =>
        {
            Assert.Equal(ClosedXML.Excel.XLDataType.Text, sheet.Cell(2, 1).DataType);
            Assert.Equal(ClosedXML.Excel.XLDataType.Number, sheet.Cell(2, 8).DataType);
            Assert.Equal(ClosedXML.Excel.XLDataType.DateTime, sheet.Cell(2, 7).DataType);
            Assert.True(sheet.Cell(1, 1).Style.Font.Bold);
        });
        Assert.Equal(
            [(andi.Nip, andi.FullName, andi.Unit, "1", "100", "Lulus", andiNumber), (siti.Nip, siti.FullName, siti.Unit, "2", "100", "Lulus", sitiNumber)],
            passed.Select(r => (r["NIP"], r["Nama"], r["Unit Kerja"], r["Percobaan"], r["Nilai"], r["Status"], r["Nomor Sertifikat"])).ToList());
        Assert.Equal(await SubmittedWibAsync(andiPass), passed[0]["Tanggal Ujian"]);

        // Final results that failed: Siti passed in the end, so only Yohanes.
        var failed = await ReportDownloads.CsvAsync(admin, $"kode={Code}&status=tidak-lulus&hasil=akhir");
        Assert.Equal([(yohanes.Nip, yohanes.FullName, "0", "Tidak Lulus")], failed.Select(r => (r["NIP"], r["Nama"], r["Nilai"], r["Status"])).ToList());

        // Every training (other tests may add to the other one): sorted by training, this one's four rows first.
        var everything = await Eventually.GetAsync(
            () => ReportDownloads.XlsxAsync(admin, "kode=semua&status=semua&hasil=semua"),
            rows => rows.Any(r => r["Kode Pelatihan"] == Other && r["NIP"] == andi.Nip), TimeSpan.FromSeconds(15), "Andi's other training in every training");
        Assert.Equal([Code, Code, Code, Code], everything.Take(4).Select(r => r["Kode Pelatihan"]));
        Assert.All(everything.Skip(4), r => Assert.Equal(Other, r["Kode Pelatihan"]));
        Assert.Equal("Tidak Lulus", everything.Single(r => r["Kode Pelatihan"] == Other && r["NIP"] == andi.Nip)["Status"]);

        // The period, in WIB days: the exams' own day has them all, a past month none.
        var today = (await SubmittedWibAsync(andiPass))[..10];
        Assert.Equal(4, (await ReportDownloads.CsvAsync(admin, $"kode={Code}&dari={today}&sampai={today}&hasil=semua")).Count);
        Assert.Empty(await ReportDownloads.CsvAsync(admin, $"kode={Code}&dari=2020-01-01&sampai=2020-01-31&hasil=semua"));
    }

    [Fact]
    public async Task Page_ShouldShowTheTotalsAndRowsAndLinkTheDownloads()
    {
        using var admin = await stack.Exams.SignInAsync("admin", "Admin#Mooc2026", "127.0.0.72");

        var empty = await admin.GetStringAsync("admin/laporan");
        Assert.Contains("Laporan Hasil Ujian", empty, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{Code}\"", empty, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/laporan\"", await admin.GetStringAsync(""), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"report-totals\"", empty, StringComparison.Ordinal);

        await stack.SitAsync(Yohanes, Other, pass: true);
        var yohanes = await ProfileAsync(Yohanes);
        // Passed final results of the other training: only Yohanes, whatever else other tests sit there.
        var html = await Eventually.GetAsync(
            () => admin.GetStringAsync($"admin/laporan?kode={Other}&status=lulus&hasil=akhir"),
            page => page.Contains($"data-nip=\"{yohanes.Nip}\"", StringComparison.Ordinal), TimeSpan.FromSeconds(15), "Yohanes on the page");
        Assert.Contains(WebUtility.HtmlEncode(yohanes.FullName), html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(yohanes.Unit), html, StringComparison.Ordinal);
        foreach (var (total, value) in new[] { ("peserta", "1"), ("lulus", "1"), ("tidak-lulus", "0"), ("rata-rata", "100,0") })
        {
            Assert.Contains($"data-total=\"{total}\">{value}<", html, StringComparison.Ordinal);
        }

        Assert.Contains("data-testid=\"download-csv\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"download-xlsx\"", html, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{Other}\" selected=\"selected\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Learner_ShouldBeRefusedThePageAndBothDownloads()
    {
        using var learner = await stack.Exams.SignInAsync(Siti, "Peserta#2026", "127.0.0.73");
        using var anonymous = LoopbackHttp.Create(stack.Exams.Product.BaseUrl, "127.0.0.73");

        foreach (var path in new[] { "admin/laporan", $"admin/laporan?handler=Csv&kode={Code}", $"admin/laporan?handler=Xlsx&kode={Code}" })
        {
            using var refused = await learner.GetAsync(path);
            Assert.True(
                refused.StatusCode == HttpStatusCode.Forbidden
                || (refused.StatusCode == HttpStatusCode.Redirect && PathOf(refused.Headers.Location).StartsWith("/AksesDitolak", StringComparison.Ordinal)),
                $"{path}: {(int)refused.StatusCode} {refused.Headers.Location}");
            Assert.NotEqual("text/csv", refused.Content.Headers.ContentType?.MediaType);

            using var signedOut = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
            Assert.StartsWith("/Login", PathOf(signedOut.Headers.Location), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("href=\"/admin/laporan\"", await learner.GetStringAsync(""), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kode=TIDAK-ADA", "Pelatihan dengan kode TIDAK-ADA tidak ditemukan.")]
    [InlineData("kode=&dari=&sampai=&status=semua&hasil=akhir", "Pilih pelatihan, atau Semua pelatihan.")]
    [InlineData("kode=semua&dari=2026-12-31&sampai=2026-12-01", "Tanggal awal tidak boleh setelah tanggal akhir.")]
    [InlineData("kode=semua&dari=31-12-2026", "Tanggal awal tidak valid; gunakan format tttt-bb-hh, misalnya 2026-12-01.")]
    [InlineData("kode=semua&sampai=kemarin", "Tanggal akhir tidak valid; gunakan format tttt-bb-hh, misalnya 2026-12-31.")]
    [InlineData("kode=semua&status=gagal", "Status tidak dikenal; pilih Semua, Lulus atau Tidak Lulus.")]
    public async Task BadFilter_ShouldGetItsMessageAndNoDownload(string query, string message)
    {
        using var admin = await stack.Exams.SignInAsync("admin", "Admin#Mooc2026", "127.0.0.74");

        Assert.Contains(message, await admin.GetStringAsync($"admin/laporan?{query}"), StringComparison.Ordinal);
        foreach (var handler in new[] { "Csv", "Xlsx" })
        {
            using var response = await admin.GetAsync($"admin/laporan?handler={handler}&{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Null(response.Content.Headers.ContentDisposition);
            Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    /// <summary>A redirect's target path, whether the frontend wrote it absolute or relative.</summary>
    private static string PathOf(Uri? location) => location is null ? "" : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    private static string ExamFixtureTitle => Exams.ExamFixture.Course.Title;

    private async Task<AccountProfile> ProfileAsync(string username) =>
        (await stack.Exams.Grains.GetGrain<IAccountGrain>(username).GetProfileAsync())!;


    /// <summary>The attempt's grading time as the report writes it: WIB, to the minute.</summary>
    private async Task<string> SubmittedWibAsync(Guid attemptId)
    {
        var submitted = await stack.Exams.Product.Database.ScalarAsync<DateTime>(
            $"select (data->>'SubmittedAt')::timestamptz from mooc.mt_events where stream_id = 'attempt:{attemptId:N}' and type = 'exam_graded'");
        return IndonesianTime.ToWib(new DateTimeOffset(submitted, TimeSpan.Zero)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }
}
