using System.Net;
using System.Text.RegularExpressions;
using Mooc.Grains.Abstractions.Accounts;
using Mooc.Grains.Abstractions.Certificates;
using Mooc.IntegrationTests.Exams;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;
using Mooc.WebFrontend.Formatting;
using UglyToad.PdfPig;

namespace Mooc.IntegrationTests.Certificates;

/// <summary>
/// Manual E.3–E.4 and F against the product's processes: a pass issues a certificate at once, every page that
/// lists the training leads to it, its PDF carries what a certificate must, and the public verification page
/// answers for it and for nothing else.
/// </summary>
public sealed class CertificateTests(CertificateStack stack) : IClassFixture<CertificateStack>
{
    private const string Andi = "199001012015031001";
    private const string Siti = "199205172018012002";
    private const string Rudi = "198811232012121003";
    private const string Code = CertificateStack.WithCertificate;

    [Fact]
    public async Task Pass_ShouldIssueOneCertificateThatEveryPageLeadsToAndThatDownloadsAsItsPdf()
    {
        var attemptId = await stack.SitAsync(Andi, Code, pass: true);

        // Issued at once: in the attempt's stream, and known to the learner when the result is.
        var number = (await stack.ProgressAsync(Andi, Code)).CertificateNumber;
        Assert.True(CertificateNumber.TryNormalise(number, out var canonical) && canonical == number, $"'{number}' is not a certificate number");
        Assert.Equal(1, await stack.Exams.Product.Database.ScalarAsync<long>(
            $"select count(*) from mooc.mt_events where stream_id = 'attempt:{attemptId:N}' and type = 'certificate_issued'"));
        var profile = (await stack.Exams.Grains.GetGrain<IAccountGrain>(Andi).GetProfileAsync())!;
        var passedOn = await PassedOnAsync(attemptId);

        using var http = await stack.Exams.SignInAsync(Andi);
        var link = $"href=\"/sertifikat/{number}\"";
        Assert.Contains(link, await http.GetStringAsync($"belajar/{Code}?tab=ujian"), StringComparison.Ordinal);
        Assert.Contains(link, await http.GetStringAsync($"pelatihan/{Code}"), StringComparison.Ordinal);
        await Eventually.GetAsync(() => http.GetStringAsync("pelatihan-saya?tab=selesai"), html => html.Contains(link, StringComparison.Ordinal), TimeSpan.FromSeconds(15), "the link in Pelatihan Selesai");
        await Eventually.GetAsync(() => http.GetStringAsync("riwayat-ujian"), html => html.Contains(link, StringComparison.Ordinal), TimeSpan.FromSeconds(15), "the link in Riwayat Ujian");
        using (var fromResult = await http.GetAsync($"belajar/{Code}?handler=Sertifikat"))
        {
            Assert.Equal($"/sertifikat/{number}", fromResult.Headers.Location?.OriginalString);
        }

        var view = await http.GetStringAsync($"sertifikat/{number}");
        Assert.Contains(WebUtility.HtmlEncode(profile.FullName), view, StringComparison.Ordinal);
        Assert.Contains($"NIP {profile.Nip}", view, StringComparison.Ordinal);
        Assert.Contains(ExamFixture.Course.Title, view, StringComparison.Ordinal);
        Assert.Contains(passedOn, view, StringComparison.Ordinal);
        Assert.Contains($"href=\"/sertifikat/{number}/Pdf\"", view, StringComparison.Ordinal);

        using var pdf = await http.GetAsync($"sertifikat/{number}/Pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"sertifikat-{number}.pdf", pdf.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        var verificationUrl = $"{stack.Exams.Product.BaseUrl}verifikasi/{number}";
        var text = PdfText(bytes);
        foreach (var expected in new[] { profile.FullName, profile.Nip, ExamFixture.Course.Title, passedOn, number!, $"{ExamFixture.Course.LessonHours} Jam Pelajaran", verificationUrl })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        // The QR code as a phone camera sees the printed page leads to this certificate's verification page.
        using (var page = PdfPageImage.Render(bytes, dpi: 150))
        {
            Assert.Equal(verificationUrl, QrImageReader.Decode(page));
        }

        // Rendered once and kept: a second download is the same file, byte for byte (a new rendering would carry a new document id).
        Assert.Equal(bytes, await http.GetByteArrayAsync($"sertifikat/{number}/Pdf"));

        using var phone = LoopbackHttp.Create(stack.Exams.Product.BaseUrl);
        using var scanned = await phone.GetAsync(verificationUrl);
        Assert.Contains("Sertifikat sah", await scanned.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicVerification_ShouldConfirmTheCertificateWithNameTrainingAndDateOnly()
    {
        var attemptId = await stack.SitAsync(Siti, Code, pass: true);
        var number = (await stack.ProgressAsync(Siti, Code)).CertificateNumber!;
        var profile = (await stack.Exams.Grains.GetGrain<IAccountGrain>(Siti).GetProfileAsync())!;
        using var anonymous = LoopbackHttp.Create(stack.Exams.Product.BaseUrl);

        using var response = await anonymous.GetAsync($"verifikasi/{number}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sertifikat sah", html, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(profile.FullName), html, StringComparison.Ordinal);
        Assert.Contains(ExamFixture.Course.Title, html, StringComparison.Ordinal);
        Assert.Contains(await PassedOnAsync(attemptId), html, StringComparison.Ordinal);
        Assert.DoesNotContain(profile.Nip, html, StringComparison.Ordinal);
        Assert.DoesNotContain(profile.Unit, html, StringComparison.Ordinal);
        Assert.DoesNotContain(profile.Email, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Nilai", html, StringComparison.Ordinal);

        // Typed by hand (lower case, no dashes, an O for a zero) or through the form: the same page.
        using var typed = await anonymous.GetAsync($"verifikasi?nomor={Uri.EscapeDataString(number.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant().Replace('0', 'o'))}");
        Assert.Equal(HttpStatusCode.Redirect, typed.StatusCode);
        Assert.Equal($"/verifikasi/{number}", typed.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("ABC")]
    [InlineData("7K3Q-9XHT-2MVA-PD4U")]
    [InlineData("<b>bukan</b>")]
    public async Task UnknownOrMalformedNumber_ShouldGetACleanTidakDitemukanPage(string input)
    {
        var number = input == "unknown" ? CertificateNumber.New() : input;
        using var anonymous = LoopbackHttp.Create(stack.Exams.Product.BaseUrl);

        foreach (var path in new[] { $"verifikasi/{Uri.EscapeDataString(number)}", $"verifikasi?nomor={Uri.EscapeDataString(number)}" })
        {
            // A well-formed number typed in the form goes to its own address first.
            using var first = await anonymous.GetAsync(path);
            using var response = first.StatusCode == HttpStatusCode.Redirect ? await anonymous.GetAsync(first.Headers.Location!.OriginalString.TrimStart('/')) : null;
            var answer = response ?? first;
            var html = await answer.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.NotFound, answer.StatusCode);
            Assert.Contains("Sertifikat tidak ditemukan", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>bukan</b>", html, StringComparison.Ordinal);
            Assert.Contains("name=\"nomor\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AnotherLearner_ShouldNeitherSeeNorDownloadTheCertificate()
    {
        await stack.SitAsync(Rudi, Code, pass: true);
        var number = (await stack.ProgressAsync(Rudi, Code)).CertificateNumber!;
        using var intruder = await stack.Exams.SignInAsync(Andi);

        foreach (var path in new[] { $"sertifikat/{number}", $"sertifikat/{number}/Pdf", $"sertifikat/{number.ToLowerInvariant()}/Pdf" })
        {
            using var response = await intruder.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("Sertifikat tidak ditemukan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var anonymous = LoopbackHttp.Create(stack.Exams.Product.BaseUrl);
        using var signedOut = await anonymous.GetAsync($"sertifikat/{number}/Pdf");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains("/Login", signedOut.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailOrTrainingWithoutCertificate_ShouldIssueNone()
    {
        var failed = await stack.SitAsync(Andi, CertificateStack.WithoutCertificate, pass: false);
        var passed = await stack.SitAsync(Andi, CertificateStack.WithoutCertificate, pass: true);

        var progress = await stack.ProgressAsync(Andi, CertificateStack.WithoutCertificate);
        Assert.Equal(((bool?)true, (string?)null), (progress.Passed, progress.CertificateNumber));
        foreach (var attempt in new[] { failed, passed })
        {
            Assert.Equal(0, await stack.Exams.Product.Database.ScalarAsync<long>(
                $"select count(*) from mooc.mt_events where stream_id = 'attempt:{attempt:N}' and type = 'certificate_issued'"));
        }

        using var http = await stack.Exams.SignInAsync(Andi);
        Assert.DoesNotContain("Download Sertifikat", await http.GetStringAsync($"belajar/{CertificateStack.WithoutCertificate}?tab=ujian"), StringComparison.Ordinal);
    }

    private async Task<string> PassedOnAsync(Guid attemptId)
    {
        var submitted = await stack.Exams.Product.Database.ScalarAsync<DateTime>(
            $"select (data->>'SubmittedAt')::timestamptz from mooc.mt_events where stream_id = 'attempt:{attemptId:N}' and type = 'exam_graded'");
        return IndonesianTime.Date(new DateTimeOffset(submitted, TimeSpan.Zero));
    }

    /// <summary>The PDF's text with runs of white space as one space, so wrapped lines read as one.</summary>
    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        var words = document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text);
        return Regex.Replace(string.Join(' ', words), @"\s+", " ");
    }
}
