using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Accounts;

/// <summary>The product's processes with two frontends, shared by the "Kelola Akun" tests, and the forms they post.</summary>
public sealed class AccountAdminStack : IAsyncLifetime
{
    public const string AdminPassword = "Admin#Mooc2026";
    public const string LearnerPassword = "Peserta#2026";

    public ProductStack Product { get; private set; } = null!;

    /// <summary>A second frontend: a lock made through the first must end sessions here too.</summary>
    public Uri SecondFrontend { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Product = await ProductStack.StartAsync();
        SecondFrontend = await Product.AddFrontendAsync();
    }

    public async Task DisposeAsync() => await Product.DisposeAsync();

    public async Task<HttpClient> SignInAsync(string username, string password, Uri? frontend = null, CookieContainer? cookies = null)
    {
        var http = LoopbackHttp.Create(frontend ?? Product.BaseUrl, cookies: cookies);
        await SignInClient.SignInAsync(http, username, password);
        return http;
    }

    public Task<HttpClient> AdminAsync() => SignInAsync("admin", AdminPassword);

    /// <summary>Posts a form of <paramref name="page"/> (its anti-forgery token from the page itself) and returns the answer.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, string page, string handler, IReadOnlyDictionary<string, string> fields, string? tokenPage = null)
    {
        using var get = await http.GetAsync(tokenPage ?? page);
        var html = await get.Content.ReadAsStringAsync();
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = HtmlForm.Hidden(html, "__RequestVerificationToken") };
        return await http.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(form));
    }

    /// <summary>Posts an admin action with a reason and returns the page it answers with.</summary>
    public static async Task<(HttpStatusCode Status, string Html)> ActAsync(HttpClient admin, string username, string handler, string reason)
    {
        using var response = await PostAsync(admin, $"admin/akun/{username}", handler, new Dictionary<string, string> { ["alasan"] = reason });
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A real SignalR connection of the exam hub, signed in with the cookies of an HTTP session.</summary>
    public static async Task<HubConnection> ConnectExamHubAsync(Uri frontend, CookieContainer cookies)
    {
        var connection = new HubConnectionBuilder().WithUrl(new Uri(frontend, "hubs/ujian"), o => o.Cookies = cookies).Build();
        await connection.StartAsync();
        return connection;
    }
}
