using System.Net;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Mooc.IntegrationTests.Exams;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Security;

/// <summary>One set of the product's processes for the web-security tests: a silo, two frontends, and a training with an exam.</summary>
public sealed class SecurityStack : IAsyncLifetime
{
    public const string Training = "UJI-AMAN";
    public const string Andi = "199001012015031001";
    public const string Siti = "199205172018012002";

    private ExamStack? _exams;

    public ExamStack Exams => _exams ?? throw new InvalidOperationException("The stack has not started.");

    public Uri First => Exams.Product.BaseUrl;

    /// <summary>A second frontend of the same cluster, started with the stack.</summary>
    public Uri Second { get; private set; } = null!;

    public Guid AttemptId { get; private set; }

    public async Task InitializeAsync()
    {
        _exams = await ExamStack.StartAsync((Training, ExamFixture.Exam()));
        Second = await Exams.Product.AddFrontendAsync();
        AttemptId = await ExamFixture.StartAsync(Exams.Grains, Siti, Training);
    }

    /// <summary>Cookies of a learner signed in on <paramref name="frontend"/> (the first when null).</summary>
    public async Task<CookieContainer> SignInAsync(string username, string password = ExamStack.Password, Uri? frontend = null)
    {
        var cookies = new CookieContainer();
        using var http = LoopbackHttp.Create(frontend ?? First, cookies: cookies);
        await SignInClient.SignInAsync(http, username, password);
        return cookies;
    }

    /// <summary>A real SignalR client of the exam hub, with the browser's Origin header when one is given.</summary>
    public HubConnection ExamHub(CookieContainer cookies, string? origin = null, bool webSocketOnly = false) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(First, "hubs/ujian"), o =>
            {
                o.Cookies = cookies;
                if (origin is not null)
                {
                    o.Headers["Origin"] = origin;
                }

                if (webSocketOnly)
                {
                    o.SkipNegotiation = true;
                    o.Transports = HttpTransportType.WebSockets;
                }
            })
            .Build();

    public async Task DisposeAsync()
    {
        if (_exams is not null)
        {
            await _exams.DisposeAsync();
        }
    }
}
