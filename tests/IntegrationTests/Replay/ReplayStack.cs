using Mooc.IntegrationTests.Exams;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.Replay;

/// <summary>The product's processes with one training for the replay tests; each test takes its own learner.</summary>
public sealed class ReplayStack : IAsyncLifetime
{
    public const string Code = "UJI-REPLAY";
    public const string AdminPassword = "Admin#Mooc2026";

    public ExamStack Exams { get; private set; } = null!;

    public async Task InitializeAsync() => Exams = await ExamStack.StartAsync((Code, ExamFixture.Exam()));

    public async Task DisposeAsync() => await Exams.DisposeAsync();

    public async Task<HttpClient> SignInAsync(string username, string password = ExamStack.Password)
    {
        var http = LoopbackHttp.Create(Exams.Product.BaseUrl);
        await SignInClient.SignInAsync(http, username, password);
        return http;
    }
}
