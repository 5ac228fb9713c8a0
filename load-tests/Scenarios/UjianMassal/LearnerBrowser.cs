using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Mooc.LoadTests.Accounts;
using Mooc.LoadTests.Measurement;
using Mooc.LoadTests.Safety;

namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>
/// One learner's browser: its own cookie jar and HTTP client, driving the Razor pages (sign-in, enrol, materials,
/// "Mulai Ujian") as the product's forms and scripts do. Every request is counted; failures are recorded by operation.
/// An examinee's browser follows its <see cref="FrontendRoute"/>: a request whose frontend cannot be reached (connection
/// refused or cut) is sent again to the next frontend, as a load balancer would. The set-up and the admins use the
/// first frontend only. Signing in is in LearnerBrowser.SignIn.cs.
/// </summary>
public sealed partial class LearnerBrowser : IDisposable
{
    private const string EnrolOperation = "enrol (Daftar)";
    private const string MaterialsOperation = "materials page";
    private const string SelesaiOperation = "material Selesai";
    private const string StartOperation = "Mulai Ujian";
    private const string SetupOperation = "set-up page";

    private ScenarioContext context;
    private RunMetrics metrics;
    private FrontendRoute route;
    private bool examinee;
    private string? username;
    private readonly HttpClient http;
    private readonly string course;

    /// <param name="context">The run.</param>
    /// <param name="route">An examinee's frontend route; null: the first frontend only (set-up, admins).</param>
    public LearnerBrowser(ScenarioContext context, FrontendRoute? route = null)
    {
        this.context = context;
        metrics = context.Metrics;
        this.route = route ?? new FrontendRoute([context.Urls], 0);
        examinee = route is not null;
        course = Uri.EscapeDataString(context.Options.Course);
        var sockets = new SocketsHttpHandler
        {
            // Redirects are read, never followed: they carry the outcome (and could point off this machine).
            AllowAutoRedirect = false,
            UseCookies = true,
            CookieContainer = Cookies,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };
        HttpMessageHandler handler = context.Options.AllowRemote ? sockets : new LoopbackOnlyHandler(sockets);
        // Long enough for an "Impor Akun" upload of a chunk (a password hash per line) on a busy machine.
        http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(120) };
    }

    /// <summary>The session cookies, shared with the exam hub connection.</summary>
    public CookieContainer Cookies { get; } = new();

    /// <summary>The frontend this browser's requests (and its examinee's hub connection) go to.</summary>
    public FrontendRoute Route => route;

    /// <summary>Hands a browser signed in by the set-up to the load: from now on its requests count there and follow the examinee's route.</summary>
    public LearnerBrowser MoveTo(ScenarioContext load, FrontendRoute examineeRoute)
    {
        context = load;
        metrics = load.Metrics;
        route = examineeRoute;
        examinee = true;
        return this;
    }

    /// <summary>"Daftar" on the training page; an existing enrolment answers the same way and is fine.</summary>
    public async Task EnrolAsync(CancellationToken stop)
    {
        var path = $"pelatihan/{course}";
        var page = await GetPageAsync(path, EnrolOperation, stop);
        var token = page is null ? null : HtmlForm.AntiforgeryToken(page);
        if (page is not null && token is null)
        {
            metrics.Errors.Record(EnrolOperation, "Training page without anti-forgery token");
        }

        if (token is null)
        {
            return;
        }

        using var response = await PostAsync($"{path}?handler=Daftar", EnrolOperation, () => TokenForm(token), stop);
        if (response is not null && (int)response.StatusCode >= 400)
        {
            metrics.Errors.Record(EnrolOperation, ErrorKind.OfStatus(response.StatusCode));
        }
    }

    /// <summary>Marks every material of the course done via the page's "Selesai" endpoint (JSON, token in a header).</summary>
    public async Task CompleteMaterialsAsync(CancellationToken stop)
    {
        var path = $"belajar/{course}";
        var page = await GetPageAsync(path, MaterialsOperation, stop);
        if (page is null)
        {
            return;
        }

        var token = HtmlForm.AntiforgeryToken(page);
        var materials = HtmlForm.MaterialIds(page);
        if (token is null || materials.Count == 0)
        {
            metrics.Errors.Record(MaterialsOperation, "Learning page without token or materials");
            return;
        }

        foreach (var material in materials)
        {
            using var response = await SendAsync(
                home =>
                {
                    var request = new HttpRequestMessage(HttpMethod.Post, new Uri(home, $"{path}/{Uri.EscapeDataString(material)}?handler=Selesai"))
                    {
                        Content = new FormUrlEncodedContent([]),
                    };
                    request.Headers.Add("RequestVerificationToken", token);
                    return request;
                },
                SelesaiOperation,
                stop);
            if (response is not null && !response.IsSuccessStatusCode)
            {
                metrics.Errors.Record(SelesaiOperation, ErrorKind.OfStatus(response.StatusCode));
            }
        }
    }

    /// <summary>A page of the site (HTTP 200 only), or null (recorded as an error of "set-up page").</summary>
    public Task<string?> GetAsync(string path, CancellationToken stop) => GetPageAsync(path, SetupOperation, stop);

    /// <summary>Posts a form and reads the page it answers with.</summary>
    public async Task<(HttpStatusCode Status, string? Page)> PostForPageAsync(string path, HttpContent content, CancellationToken stop)
    {
        // The set-up's browsers use one frontend, so the content is sent once.
        using var response = await PostAsync(path, SetupOperation, () => content, stop);
        return response is null ? (0, null) : (response.StatusCode, await response.Content.ReadAsStringAsync(stop));
    }

    public void Dispose() => http.Dispose();

    private static FormUrlEncodedContent TokenForm(string token) => new(new Dictionary<string, string> { [HtmlForm.TokenField] = token });

    private async Task<string?> GetPageAsync(string path, string operation, CancellationToken stop)
    {
        using var response = await SendAsync(home => new HttpRequestMessage(HttpMethod.Get, new Uri(home, path)), operation, stop);
        if (response is null)
        {
            return null;
        }

        if (response.StatusCode != HttpStatusCode.OK)
        {
            metrics.Errors.Record(operation, $"GET {ErrorKind.OfStatus(response.StatusCode)}");
            return null;
        }

        return await response.Content.ReadAsStringAsync(stop);
    }

    private Task<HttpResponseMessage?> PostAsync(string path, string operation, Func<HttpContent> content, CancellationToken stop) =>
        SendAsync(home => new HttpRequestMessage(HttpMethod.Post, new Uri(home, path)) { Content = content() }, operation, stop);

    /// <summary>
    /// Sends one request to the route's frontend; when that frontend cannot be reached, to the next one (each frontend
    /// at most once). Null when it failed (recorded). The end of the run propagates as cancellation.
    /// </summary>
    private async Task<HttpResponseMessage?> SendAsync(Func<Uri, HttpRequestMessage> build, string operation, CancellationToken stop)
    {
        for (var tries = 1; ; tries++)
        {
            var from = route.Index;
            using var request = build(route.Current.Home);
            try
            {
                var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, stop);
                metrics.HttpRequests.Increment();
                return response;
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception exception)
            {
                metrics.HttpRequests.Increment();
                metrics.Errors.Record(operation, ErrorKind.Of(exception));
                if (examinee && username is not null)
                {
                    metrics.ClientEvents.Failure(username);
                }

                if (!examinee || tries >= route.Count || !ConnectionFailure.Is(exception))
                {
                    return null;
                }

                route.MoveOn(from);
                metrics.Failovers.Increment();
            }
        }
    }

    [GeneratedRegex(@"/ujian/([0-9a-fA-F-]{32,36})", RegexOptions.IgnoreCase)]
    private static partial Regex AttemptInLocation();
}
