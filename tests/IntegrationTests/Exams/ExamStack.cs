using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Mooc.Grains.Abstractions.Exams;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Exams;

/// <summary>The product's processes, an Orleans client into their cluster, and signed-in exam hub connections.</summary>
public sealed class ExamStack : IAsyncDisposable
{
    public const string Password = "Peserta#2026";

    public const string AdminPassword = "Admin#Mooc2026";

    private readonly IHost _client;

    private ExamStack(ProductStack product, IHost client)
    {
        Product = product;
        _client = client;
    }

    public ProductStack Product { get; }

    public IClusterClient Grains => _client.Services.GetRequiredService<IClusterClient>();

    /// <summary>Starts the processes and publishes each training with its exam (see <see cref="ExamFixture"/>).</summary>
    public static Task<ExamStack> StartAsync(params (string Code, ExamDefinition Exam)[] exams) => StartAsync(null, exams);

    /// <param name="settings">Extra configuration of every process (see <see cref="ProductStack.StartAsync"/>).</param>
    public static async Task<ExamStack> StartAsync(IReadOnlyDictionary<string, string>? settings, params (string Code, ExamDefinition Exam)[] exams)
    {
        var product = await ProductStack.StartAsync(settings: settings);
        var stack = new ExamStack(product, await TestClient.StartAsync(product.Database));
        foreach (var (code, exam) in exams)
        {
            await ExamFixture.PublishAsync(stack.Grains, code, exam);
        }

        return stack;
    }

    /// <summary>An HTTP client of the first frontend, signed in (from <paramref name="sourceAddress"/>, for the per-address sign-in limit).</summary>
    public async Task<HttpClient> SignInAsync(string username, string password = Password, string sourceAddress = "127.0.0.1")
    {
        var http = LoopbackHttp.Create(Product.BaseUrl, sourceAddress);
        await SignInClient.SignInAsync(http, username, password);
        return http;
    }

    /// <summary>A real SignalR client of the exam hub on <paramref name="frontend"/>, signed in as the learner.</summary>
    /// <param name="page">The page's id, as the exam page names itself on the hub address (one tab); none: each connection is a page.</param>
    public async Task<HubConnection> ConnectAsync(string username, Uri? frontend = null, string? page = null)
    {
        frontend ??= Product.BaseUrl;
        var cookies = new CookieContainer();
        using var http = LoopbackHttp.Create(frontend, cookies: cookies);
        await SignInClient.SignInAsync(http, username, Password);
        var address = new Uri(frontend, page is null ? "hubs/ujian" : $"hubs/ujian?halaman={Uri.EscapeDataString(page)}");
        var connection = new HubConnectionBuilder().WithUrl(address, o => o.Cookies = cookies).Build();
        await connection.StartAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        await _client.StopAsync();
        _client.Dispose();
        await Product.DisposeAsync();
    }
}
