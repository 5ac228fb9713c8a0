using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Accounts;

/// <summary>
/// "Kelola Akun" against the product's processes (one silo, two frontends): the directory search over demo and imported
/// accounts, reset password, lock and unlock with their effect on sign-in and on live sessions, the audit history, bad
/// input, the start-up back-fill, and refusal of everyone but admins.
/// </summary>
public sealed partial class AccountAdminTests(AccountAdminStack stack) : IClassFixture<AccountAdminStack>
{
    private const string Andi = "199001012015031001";
    private const string Siti = "199205172018012002";
    private const string Yohanes = "198811232012121003";

    [Fact]
    public async Task Search_ShouldFindDemoAndFreshlyImportedAccountsByPartOfNameNipOrUnit()
    {
        using var admin = await stack.AdminAsync();
        await ImportAsync(admin, "199402022020021001;Ratna Sari Dewi;Kantor Imigrasi Kelas I TPI Batam;ratna@example.go.id;peserta;");

        Assert.Equal(["199402022020021001"], await SearchAsync(admin, "cari=SARI+dew"));
        Assert.Equal(["199402022020021001"], await SearchAsync(admin, "cari=1994020220"));
        Assert.Equal(["199402022020021001"], await SearchAsync(admin, "cari=tpi+BATAM"));
        Assert.Equal([Andi], await SearchAsync(admin, "cari=pratama"));
        Assert.Contains(Siti, await SearchAsync(admin, "cari=RAHMA"));
        Assert.Equal(["admin"], await SearchAsync(admin, "peran=admin"));
        Assert.DoesNotContain(Andi, await SearchAsync(admin, "status=dikunci"));
        Assert.Empty(await SearchAsync(admin, "cari=tidak-ada-yang-begini"));

        var page = await admin.GetStringAsync("admin/akun");
        Assert.Contains("href=\"/admin/akun/impor\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/akun\"", await admin.GetStringAsync(""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetPassword_ShouldGiveAPasswordThatSignsInEndTheOldSessionAndRetireTheOldPassword()
    {
        const string Bayu = "199403032020031002";
        using var admin = await stack.AdminAsync();
        await ImportAsync(admin, $"{Bayu};Bayu Nugroho;Lapas Kelas IIA Bogor;bayu@example.go.id;peserta;Lama#2026x");
        using var session = await stack.SignInAsync(Bayu, "Lama#2026x");
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(session, "Dashboard")).Status);

        var (status, html) = await AccountAdminStack.ActAsync(admin, Bayu, "Reset", "Lupa kata sandi, diminta lewat telepon");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Kata sandi direset.", html, StringComparison.Ordinal);
        var password = WebUtility.HtmlDecode(NewPassword().Match(html).Groups[1].Value);
        Assert.Equal(12, password.Length);
        Assert.StartsWith("/Login", (await GetAsync(session, "Dashboard")).Location, StringComparison.Ordinal);
        Assert.Contains("Username atau password salah.", await LoginPageAsync(Bayu, "Lama#2026x"), StringComparison.Ordinal);
        using var again = await stack.SignInAsync(Bayu, password);
        Assert.Contains("Bayu Nugroho", await again.GetStringAsync("Dashboard"), StringComparison.Ordinal);

        var account = await admin.GetStringAsync($"admin/akun/{Bayu}");
        Assert.DoesNotContain(password, WebUtility.HtmlDecode(account), StringComparison.Ordinal);
        Assert.Matches("Reset Kata Sandi</td>\\s*<td>Admin BPSDM <span[^>]*>\\(admin\\)</span></td>\\s*<td>Lupa kata sandi, diminta lewat telepon</td>", account);
    }

    [Fact]
    public async Task Lock_ShouldEndTheLearnersSessionOnEveryFrontendAndRefuseSignIn_UnlockShouldRestoreIt()
    {
        var cookies = new CookieContainer();
        using var learner = await stack.SignInAsync(Yohanes, AccountAdminStack.LearnerPassword, stack.SecondFrontend, cookies);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(learner, "Dashboard")).Status);
        await using var hub = await AccountAdminStack.ConnectExamHubAsync(stack.SecondFrontend, cookies);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        hub.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };
        using var admin = await stack.AdminAsync();

        var (_, html) = await AccountAdminStack.ActAsync(admin, Yohanes, "Lock", "Diduga akun dipakai orang lain");

        Assert.Contains("Akun dikunci.", html, StringComparison.Ordinal);
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.StartsWith("/Login", (await GetAsync(learner, "Dashboard")).Location, StringComparison.Ordinal);
        Assert.Contains("Akun Anda dikunci. Hubungi admin.", await LoginPageAsync(Yohanes, AccountAdminStack.LearnerPassword), StringComparison.Ordinal);
        Assert.Contains("Username atau password salah.", await LoginPageAsync(Yohanes, "bukan-passwordnya"), StringComparison.Ordinal);
        Assert.Contains(Yohanes, await SearchAsync(admin, "status=dikunci"));

        (_, html) = await AccountAdminStack.ActAsync(admin, Yohanes, "Unlock", "Sudah dikonfirmasi pemilik akun");

        Assert.Contains("Kunci akun dibuka.", html, StringComparison.Ordinal);
        using var back = await stack.SignInAsync(Yohanes, AccountAdminStack.LearnerPassword, stack.SecondFrontend);
        Assert.Contains("Yohanes Marpaung", await back.GetStringAsync("Dashboard"), StringComparison.Ordinal);
        Assert.DoesNotContain(Yohanes, await SearchAsync(admin, "status=dikunci"));
        var account = await admin.GetStringAsync($"admin/akun/{Yohanes}");
        Assert.Contains("Diduga akun dipakai orang lain", account, StringComparison.Ordinal);
        Assert.Contains("Sudah dikonfirmasi pemilik akun", account, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadInput_ShouldGetAClearMessageAndChangeNothing()
    {
        using var admin = await stack.AdminAsync();

        var unknown = await GetAsync(admin, "admin/akun/tidak.ada");
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Contains("Akun dengan username &quot;tidak.ada&quot; tidak ditemukan.", unknown.Html, StringComparison.Ordinal);
        using (var post = await AccountAdminStack.PostAsync(admin, "admin/akun/tidak.ada", "Lock", new Dictionary<string, string> { ["alasan"] = "Uji" }))
        {
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
            Assert.Contains("Akun tidak ditemukan.", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Contains("Alasan wajib diisi.", (await AccountAdminStack.ActAsync(admin, Siti, "Lock", "  ")).Html, StringComparison.Ordinal);
        Assert.Contains("Alasan paling panjang 500 karakter.", (await AccountAdminStack.ActAsync(admin, Siti, "Reset", new string('x', 501))).Html, StringComparison.Ordinal);
        Assert.Contains("Anda tidak dapat mengunci akun Anda sendiri.", (await AccountAdminStack.ActAsync(admin, "admin", "Lock", "Uji")).Html, StringComparison.Ordinal);
        Assert.Contains("Kata pencarian paling panjang 100 karakter.", await admin.GetStringAsync($"admin/akun?cari={new string('a', 101)}"), StringComparison.Ordinal);

        var siti = await admin.GetStringAsync($"admin/akun/{Siti}");
        Assert.Contains("Belum ada tindakan admin pada akun ini.", siti, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"account-status\">Aktif<", siti, StringComparison.Ordinal);
        using var stillWorks = await stack.SignInAsync(Siti, AccountAdminStack.LearnerPassword);
        Assert.Contains("Belum ada tindakan admin pada akun ini.", await admin.GetStringAsync("admin/akun/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewPagesAndActions_ShouldBeRefusedToLearnersAndAnonymousUsers()
    {
        using var anonymous = LoopbackHttp.Create(stack.Product.BaseUrl);
        using var learner = await stack.SignInAsync(Andi, AccountAdminStack.LearnerPassword);
        foreach (var path in new[] { "admin/akun", "admin/akun?cari=andi", $"admin/akun/{Siti}" })
        {
            Assert.StartsWith("/Login", (await GetAsync(anonymous, path)).Location, StringComparison.Ordinal);
            Assert.StartsWith("/AksesDitolak", (await GetAsync(learner, path)).Location, StringComparison.Ordinal);
        }

        foreach (var handler in new[] { "Lock", "Unlock", "Reset" })
        {
            using var refused = await AccountAdminStack.PostAsync(learner, $"admin/akun/{Siti}", handler, new Dictionary<string, string> { ["alasan"] = "Coba" }, tokenPage: "Dashboard");
            Assert.StartsWith("/AksesDitolak", PathOf(refused.Headers.Location), StringComparison.Ordinal);
        }

        using var admin = await stack.AdminAsync();
        Assert.Contains("Belum ada tindakan admin pada akun ini.", await admin.GetStringAsync($"admin/akun/{Siti}"), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/admin/akun\"", await learner.GetStringAsync(""), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AccountMissingFromTheDirectory_ShouldBeBackWhenASiloStarts()
    {
        using var admin = await stack.AdminAsync();
        Assert.Equal([Andi], await SearchAsync(admin, "cari=andi+pratama"));
        await stack.Product.Database.ExecuteAsync($"delete from mooc.mt_doc_accountdirectoryentry where id = '{Andi}'");
        Assert.Empty(await SearchAsync(admin, "cari=andi+pratama"));

        await stack.Product.AddSiloAsync();

        await Eventually.GetAsync(() => SearchAsync(admin, "cari=andi+pratama"), found => found.Count == 1, TimeSpan.FromSeconds(30), "Andi back in the directory");
    }

    private async Task<string> LoginPageAsync(string username, string password)
    {
        using var http = LoopbackHttp.Create(stack.Product.BaseUrl);
        using var response = await SignInClient.PostLoginAsync(http, username, password);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<List<string>> SearchAsync(HttpClient admin, string query)
    {
        var html = await admin.GetStringAsync($"admin/akun?{query}");
        return Row().Matches(html).Select(m => m.Groups[1].Value).ToList();
    }

    private static async Task<(HttpStatusCode Status, string Location, string Html)> GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        return (response.StatusCode, PathOf(response.Headers.Location), await response.Content.ReadAsStringAsync());
    }

    private static string PathOf(Uri? location) => location is null ? "" : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    private static async Task ImportAsync(HttpClient admin, string line)
    {
        var page = await admin.GetStringAsync("admin/akun/impor");
        using var form = new MultipartFormDataContent { { new StringContent(HtmlForm.Hidden(page, "__RequestVerificationToken")), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("nip;nama;unit;email;peran;password\n" + line + "\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "berkas", "akun.csv");
        using var response = await admin.PostAsync("admin/akun/impor", form);
        Assert.Contains("1 akun dibuat", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<tr data-username=\"([^\"]+)\">")]
    private static partial Regex Row();

    [GeneratedRegex("data-testid=\"new-password\">(?:.|\\n)*?<code[^>]*>([^<]+)</code>")]
    private static partial Regex NewPassword();
}
