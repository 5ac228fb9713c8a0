using System.Net;
using System.Net.Http.Headers;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.CourseAdmin;

/// <summary>Posts a page's form as a browser does: multipart, with the anti-forgery token read from the page it came from.</summary>
public static class AdminForm
{
    public static async Task<HttpResponseMessage> PostAsync(
        HttpClient http, string pagePath, string postPath, IEnumerable<(string Name, string Value)> fields, params (string Name, string FileName, byte[] Bytes)[] files)
    {
        var page = await http.GetAsync(pagePath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var form = new MultipartFormDataContent
        {
            { new StringContent(HtmlForm.Hidden(await page.Content.ReadAsStringAsync(), "__RequestVerificationToken")), "__RequestVerificationToken" },
        };
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (name, fileName, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, name, fileName);
        }

        return await http.PostAsync(postPath, form);
    }

    /// <summary>A redirect's target path, whether the frontend wrote it absolute or relative.</summary>
    public static string Target(HttpResponseMessage response) =>
        response.Headers.Location is not { } location ? "" : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}
