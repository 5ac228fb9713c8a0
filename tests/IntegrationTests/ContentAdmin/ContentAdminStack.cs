using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Exams;
using Mooc.IntegrationTests.Exams;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.ContentAdmin;

/// <summary>One product stack (with the demo content) for the exam editor and news admin tests, and posting their forms as a browser does.</summary>
public sealed class ContentAdminStack : IAsyncLifetime
{
    public const string Collection = "content-admin";

    public ExamStack Exams { get; private set; } = null!;

    public async Task InitializeAsync() => Exams = await ExamStack.StartAsync();

    public async Task DisposeAsync() => await Exams.DisposeAsync();

    /// <summary>A training of its own for one test, with the 5-question fixture bank.</summary>
    public async Task<string> TrainingAsync(string code)
    {
        await ExamFixture.PublishAsync(Exams.Grains, code, ExamFixture.Exam());
        return code;
    }

    public Task<ExamEdition?> ExamAsync(string code) => Exams.Grains.GetGrain<ICourseGrain>(code).GetExamForEditingAsync();

    public Task<HttpClient> AdminAsync(string address) => Exams.SignInAsync("admin", ExamStack.AdminPassword, address);

    /// <summary>Posts the form of <paramref name="pagePath"/> (its antiforgery token and revision taken from the page) with <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> PostAsync(HttpClient http, string pagePath, string postPath, IDictionary<string, string> fields)
    {
        var page = await http.GetStringAsync(pagePath);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = HtmlForm.Hidden(page, "__RequestVerificationToken") };
        if (!form.ContainsKey("Revision") && page.Contains("name=\"Revision\"", StringComparison.Ordinal))
        {
            form["Revision"] = HtmlForm.Hidden(page, "Revision");
        }

        return await http.PostAsync(postPath, new FormUrlEncodedContent(form));
    }

    /// <summary>Uploads <paramref name="csv"/> (UTF-8 with a BOM) on the "Impor Soal" page; returns the page the admin sees.</summary>
    public static async Task<string> ImportAsync(HttpClient http, string code, string csv, string mode)
    {
        var path = $"admin/pelatihan/{code}/ujian/impor";
        var page = await http.GetStringAsync(path);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(HtmlForm.Hidden(page, "__RequestVerificationToken")), "__RequestVerificationToken" },
            { new StringContent(HtmlForm.Hidden(page, "Revision")), "Revision" },
            { new StringContent(mode), "Mode" },
        };
        var file = new ByteArrayContent([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)]);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "berkas", "soal.csv");
        using var response = await http.PostAsync(path, form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
