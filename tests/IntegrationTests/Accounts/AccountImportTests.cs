using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Accounts;

/// <summary>The admin page and the command line that import accounts from CSV, against the real processes.</summary>
public sealed class AccountImportTests : IAsyncLifetime
{
    private const string Csv =
        "nip;nama;unit;email;peran\n" +
        "199301012019021001;Dewi Lestari;Kantor Imigrasi Kelas II TPI Tegal;dewi.lestari@example.go.id;peserta\n" +
        "12345;Salah NIP;Lapas Kelas I Cipinang;salah@example.go.id;peserta\n" +
        "199301012019021003;Rina Wati;Lapas Kelas IIA Bogor;rina@example.go.id;kepala\n" +
        "199001012015031001;Andi Pratama;X;andi@example.go.id;peserta\n";

    private ProductStack _stack = null!;

    public async Task InitializeAsync() => _stack = await ProductStack.StartAsync();

    public async Task DisposeAsync() => await _stack.DisposeAsync();

    [Fact]
    public async Task AdminUpload_ShouldCreateValidAccountsAndReportEveryBadLineWithoutChangingIt()
    {
        using var admin = LoopbackHttp.Create(_stack.BaseUrl);
        await SignInClient.SignInAsync(admin, "admin", "Admin#Mooc2026");

        var html = await UploadAsync(admin, Csv);

        Assert.Contains("1 akun dibuat, 1 sudah ada (dilewati), 2 baris gagal.", html, StringComparison.Ordinal);
        Assert.Contains("NIP harus 18 digit angka.", html, StringComparison.Ordinal);
        Assert.Contains("Peran &quot;kepala&quot; tidak dikenal", html, StringComparison.Ordinal);
        // The page HTML-encodes the password ("&" of the symbol set arrives as "&amp;"): count what the admin reads.
        var password = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(html, @"data-status=""Created"">(?:.|\n)*?<code>([^<]+)</code>").Groups[1].Value);
        Assert.Equal(12, password.Length);

        using var dewi = LoopbackHttp.Create(_stack.BaseUrl);
        await SignInClient.SignInAsync(dewi, "199301012019021001", password);
        Assert.Contains("Dewi Lestari", await dewi.GetStringAsync("Dashboard"), StringComparison.Ordinal);

        using var andi = LoopbackHttp.Create(_stack.BaseUrl);
        await SignInClient.SignInAsync(andi, "199001012015031001", "Peserta#2026");
    }

    [Fact]
    public async Task AccountAdminPages_ShouldBeRefusedToLearnersAndAnonymousUsers()
    {
        using var anonymous = LoopbackHttp.Create(_stack.BaseUrl);
        using var learner = LoopbackHttp.Create(_stack.BaseUrl);
        await SignInClient.SignInAsync(learner, "199205172018012002", "Peserta#2026");
        foreach (var path in new[] { "admin/akun/impor", "admin/akun", "admin/akun/199001012015031001" })
        {
            using var anonymousAnswer = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, anonymousAnswer.StatusCode);
            Assert.StartsWith("/Login", anonymousAnswer.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

            using var learnerAnswer = await learner.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, learnerAnswer.StatusCode);
            Assert.StartsWith("/AksesDitolak", learnerAnswer.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CommandLine_ShouldImportTheSameWayAndWriteTheNewAccountsFile()
    {
        var folder = Directory.CreateTempSubdirectory("mooc-import-");
        var input = Path.Combine(folder.FullName, "akun.csv");
        var output = Path.Combine(folder.FullName, "akun-baru.csv");
        await File.WriteAllTextAsync(input, Csv.Replace("199301012019021001;Dewi", "199301012019021009;Dewi", StringComparison.Ordinal));

        await using var command = ProductProcess.Start("import", RepoPaths.FrontendDll, _stack.Environment(), "import-accounts", input, "--out", output);

        Assert.Equal(1, await command.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("1 akun dibuat, 1 sudah ada (dilewati), 2 baris gagal.", command.Output, StringComparison.Ordinal);
        Assert.Contains("baris 3: 12345 Salah NIP: NIP harus 18 digit angka.", command.Output, StringComparison.Ordinal);
        var lines = await File.ReadAllLinesAsync(output);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("\"199301012019021009\",\"199301012019021009\",\"Dewi Lestari\",", lines[1], StringComparison.Ordinal);
        folder.Delete(recursive: true);
    }

    private static async Task<string> UploadAsync(HttpClient http, string csv)
    {
        var page = await http.GetStringAsync("admin/akun/impor");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(HtmlForm.Hidden(page, "__RequestVerificationToken")), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "berkas", "akun.csv");
        using var response = await http.PostAsync("admin/akun/impor", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
