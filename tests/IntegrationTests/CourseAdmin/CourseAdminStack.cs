using Mooc.Grains.Abstractions.Catalog;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.CourseAdmin;

/// <summary>
/// The product's processes with two frontends (uploads go to one, are served by the other) and a 2 MB upload limit,
/// shared by the training editor tests; each test uses its own training codes.
/// </summary>
public sealed class CourseAdminStack : IAsyncLifetime
{
    public const string AdminPassword = "Admin#Mooc2026";

    public const string LearnerPassword = "Peserta#2026";

    private IHost _client = null!;

    public ProductStack Product { get; private set; } = null!;

    /// <summary>The second frontend, behind the same "load balancer" as the first.</summary>
    public Uri SecondFrontend { get; private set; } = null!;

    public IClusterClient Grains => _client.Services.GetRequiredService<IClusterClient>();

    public async Task InitializeAsync()
    {
        Product = await ProductStack.StartAsync(settings: new Dictionary<string, string> { ["Media__MaxUploadMegabytes"] = "2" });
        SecondFrontend = await Product.AddFrontendAsync();
        _client = await TestClient.StartAsync(Product.Database);
    }

    public async Task DisposeAsync()
    {
        await _client.StopAsync();
        _client.Dispose();
        await Product.DisposeAsync();
    }

    public async Task<HttpClient> SignInAsync(string username, string password, string sourceAddress, Uri? frontend = null)
    {
        var http = LoopbackHttp.Create(frontend ?? Product.BaseUrl, sourceAddress);
        await SignInClient.SignInAsync(http, username, password);
        return http;
    }

    /// <summary>A published training with a reading (with content) and a video without content, through the grain.</summary>
    public async Task PublishAsync(string code, string title)
    {
        var course = Grains.GetGrain<ICourseGrain>(code);
        await course.PublishAsync(new CourseDescription(
            title, "Ringkasan " + title, CourseLevel.Basic, 10, true, "BPSDM", "Deskripsi.", ["ASN aktif"],
            new InstructorProfile("Instruktur", "Widyaiswara", "Bio."),
            [new MaterialOutline("m01", "Bacaan Awal", MaterialKind.Reading, 10), new MaterialOutline("m02", "Video Awal", MaterialKind.Video, 5)],
            7, null));
        await course.PublishMaterialAsync("m01", MaterialContent.Reading("# Bacaan awal\n\nIsi bacaan."));
    }
}
