using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Learning;
using Mooc.IntegrationTests.Exams;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Refusals;

/// <summary>
/// One set of the product's processes for the whole refusal suite, with the data every case aims at: Siti (the victim)
/// has an attempt running and a passed one with a certificate; Andi (the intruder) has his own attempt running (joined
/// from one page, question 1 answered with sequence 10) and one he handed in. Sign-ins happen here only, so the number of
/// stored events stays still while the cases run and "nothing changed" is a plain count.
/// </summary>
public sealed class RefusalStack : IAsyncLifetime
{
    public const string Collection = "refusals";
    public const string Live = "UJI-TOLAK";
    public const string Finished = "UJI-TOLAK-SERT";
    public const string Andi = "199001012015031001";
    public const string Siti = "199205172018012002";
    public const string SitiName = "Siti Rahmawati";
    public const string Admin = "admin";
    public const string AndiPage = "andi-refusal-page-0001";
    public const string Script = "<script>alert(1)</script>";

    private ExamStack? _exams;

    public ExamStack Exams => _exams ?? throw new InvalidOperationException("The stack has not started.");

    public TestDatabase Database => Exams.Product.Database;

    public Guid SitiLive { get; private set; }

    public Guid SitiDone { get; private set; }

    public string SitiCertificate { get; private set; } = "";

    public Guid AndiLive { get; private set; }

    public Guid AndiDone { get; private set; }

    public CookieContainer AndiCookies { get; } = new();

    public CookieContainer AdminCookies { get; } = new();

    public HttpClient AndiHttp { get; private set; } = null!;

    public HttpClient AdminHttp { get; private set; } = null!;

    public HttpClient AnonymousHttp { get; private set; } = null!;

    /// <summary>Antiforgery tokens of Andi's and the admin's sessions, so a refused POST is refused by authorization, not by the token check.</summary>
    public string AndiToken { get; private set; } = "";

    public string AdminToken { get; private set; } = "";

    /// <summary>Andi's exam page (one page id), joined to his running attempt.</summary>
    public HubConnection AndiExam { get; private set; } = null!;

    /// <summary>The admin's board connection.</summary>
    public HubConnection AdminBoard { get; private set; } = null!;

    /// <summary>The identifiers of Siti's that must never show up in a response to anyone but her or an admin.</summary>
    public IEnumerable<string> SitiSecrets => [SitiLive.ToString(), SitiLive.ToString("N"), SitiDone.ToString(), SitiDone.ToString("N"), SitiCertificate, SitiName];

    public async Task InitializeAsync()
    {
        _exams = await ExamStack.StartAsync((Live, ExamFixture.Exam()), (Finished, ExamFixture.Exam()));
        SitiLive = await ExamFixture.StartAsync(Exams.Grains, Siti, Live);
        SitiDone = await SitAsync(Siti, pass: true);
        SitiCertificate = (await Exams.Grains.GetGrain<ILearnerGrain>(Siti).GetProgressAsync(Finished)).CertificateNumber
            ?? throw new InvalidOperationException("Siti's pass issued no certificate.");
        AndiLive = await ExamFixture.StartAsync(Exams.Grains, Andi, Live);
        AndiDone = await SitAsync(Andi, pass: false);

        (AndiHttp, AndiToken) = await SignInAsync(Andi, ExamStack.Password, AndiCookies);
        (AdminHttp, AdminToken) = await SignInAsync(Admin, ExamStack.AdminPassword, AdminCookies);
        AnonymousHttp = LoopbackHttp.Create(Exams.Product.BaseUrl);

        AndiExam = await ConnectAsync($"hubs/ujian?halaman={AndiPage}", AndiCookies);
        await AndiExam.InvokeAsync<JsonElement>("Join", AndiLive);
        var ack = await AndiExam.InvokeAsync<JsonElement>("SelectAnswer", AndiLive, 1, 0, 10L);
        Assert.Equal("Saved", ack.GetProperty("status").GetString());
        AdminBoard = await ConnectAsync("hubs/pantau", AdminCookies);
    }

    /// <summary>A new, started SignalR connection to <paramref name="path"/> with the session in <paramref name="cookies"/> (none: anonymous).</summary>
    public async Task<HubConnection> ConnectAsync(string path, CookieContainer? cookies)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Exams.Product.BaseUrl, path), o =>
            {
                if (cookies is not null)
                {
                    o.Cookies = cookies;
                }
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>Every event stored, in every stream: the cases assert it does not move.</summary>
    public async Task<long> EventCountAsync() => await Database.ScalarAsync<long>("select count(*) from mooc.mt_events");

    public async Task<long> StreamCountAsync(Guid attemptId) =>
        await Database.ScalarAsync<long>($"select count(*) from mooc.mt_events where stream_id = 'attempt:{attemptId:N}'");

    public async Task DisposeAsync()
    {
        foreach (var connection in new[] { AndiExam, AdminBoard })
        {
            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }

        foreach (var http in new[] { AndiHttp, AdminHttp, AnonymousHttp })
        {
            http?.Dispose();
        }

        if (_exams is not null)
        {
            await _exams.DisposeAsync();
        }
    }

    private async Task<(HttpClient Http, string Token)> SignInAsync(string username, string password, CookieContainer cookies)
    {
        var http = LoopbackHttp.Create(Exams.Product.BaseUrl, cookies: cookies);
        await SignInClient.SignInAsync(http, username, password);
        var page = await http.GetStringAsync("Dashboard");
        return (http, HtmlForm.Hidden(page, "__RequestVerificationToken"));
    }

    /// <summary>Sits the finished training's exam through the grains and hands it in: every answer right or every one wrong.</summary>
    private async Task<Guid> SitAsync(string username, bool pass)
    {
        var id = await ExamFixture.StartAsync(Exams.Grains, username, Finished);
        var key = await AttemptKey.ReadAsync(Database, id);
        var attempt = Exams.Grains.GetGrain<IExamAttemptGrain>(id);
        for (var n = 1; n <= key.Count; n++)
        {
            await attempt.SelectAnswerAsync(username, n, pass ? key[n - 1] : (key[n - 1] + 1) % 4, n);
        }

        Assert.Equal(pass, (await attempt.SubmitAsync(username)).Outcome!.Passed);
        return id;
    }
}
