using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Learning;
using Mooc.IntegrationTests.Support;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.CourseAdmin;

/// <summary>
/// Uploaded videos served from the database by any frontend (ranges, ETag), withdrawal (gone for the public, kept for
/// enrolled learners) and the refusal of every new admin page and upload to non-admins.
/// </summary>
[Collection(CourseAdminCollection.Name)]
public sealed partial class CourseMediaAndStatusTests(CourseAdminStack stack)
{
    private const string Andi = "199001012015031001";
    private const string Siti = "199205172018012002";

    [Fact]
    public async Task UploadedVideo_ShouldBeServedByteIdenticalByAnotherFrontendWithRangesAndPlayWithItsLength()
    {
        const string code = "PLT-UJI-201";
        await stack.PublishAsync(code, "Video Unggahan Uji");
        using var admin = await stack.SignInAsync("admin", CourseAdminStack.AdminPassword, "127.0.0.91");
        var bytes = Mp4File.Build(timescale: 600, duration: 600 * 95 + 300, mdatBytes: 1_500_000, moovFirst: false);

        using var upload = await AdminForm.PostAsync(admin, $"admin/pelatihan/{code}/materi/m02", $"admin/pelatihan/{code}/materi/m02?handler=Video",
            [], ("video", "praktik.mp4", bytes));
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Contains("Durasi video: 96 detik", await admin.GetStringAsync($"admin/pelatihan/{code}/materi/m02"), StringComparison.Ordinal);

        // The learner's page plays it, with the length read from the file.
        Assert.Equal(EnrolmentOutcome.Enrolled, await stack.Grains.GetGrain<ILearnerGrain>(Andi).EnrolAsync(code));
        using var andi = await stack.SignInAsync(Andi, CourseAdminStack.LearnerPassword, "127.0.0.91");
        // The learning page follows the read models (enrolment, material): until they have the new material it is a 404.
        var page = await Eventually.GetAsync(async () => await PageOrEmptyAsync(andi, $"belajar/{code}/m02"), p => VideoSource().IsMatch(p), TimeSpan.FromSeconds(30), "the video on the learning page");
        var path = VideoSource().Match(page).Groups[1].Value;
        Assert.Contains("data-video-seconds=\"96\"", page, StringComparison.Ordinal);
        Assert.Contains("Durasi video 1:36", page, StringComparison.Ordinal);

        // Another frontend serves the same bytes, whole and in ranges across the 1 MiB chunk boundary.
        using var other = new HttpClient { BaseAddress = stack.SecondFrontend };
        using var whole = await other.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal(bytes, await whole.Content.ReadAsByteArrayAsync());
        Assert.Equal("video/mp4", whole.Content.Headers.ContentType?.MediaType);
        Assert.Equal("bytes", whole.Headers.AcceptRanges.Single());
        Assert.True(whole.Headers.CacheControl?.Public);
        var etag = whole.Headers.ETag!;

        foreach (var (range, from, to) in new[] { ("bytes=1048000-1049999", 1_048_000, 1_049_999), ("bytes=-100", bytes.Length - 100, bytes.Length - 1), ($"bytes={bytes.Length - 10}-", bytes.Length - 10, bytes.Length - 1) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Range = RangeHeaderValue.Parse(range);
            using var part = await other.SendAsync(request);
            Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
            Assert.Equal($"bytes {from}-{to}/{bytes.Length}", part.Content.Headers.ContentRange!.ToString());
            Assert.Equal(bytes[from..(to + 1)], await part.Content.ReadAsByteArrayAsync());
        }

        using var cached = new HttpRequestMessage(HttpMethod.Get, path);
        cached.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await other.SendAsync(cached)).StatusCode);
        using var beyond = new HttpRequestMessage(HttpMethod.Get, path);
        beyond.Headers.Range = new RangeHeaderValue(bytes.Length + 5, null);
        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, (await other.SendAsync(beyond)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/media/unggahan/{Guid.NewGuid():N}.mp4")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(path.Replace(".mp4", ".webm", StringComparison.Ordinal))).StatusCode);
    }

    [Fact]
    public async Task WithdrawnTraining_ShouldLeaveTheCatalogueAndRefuseDaftarWhileEnrolledLearnersKeepIt()
    {
        const string code = "PLT-UJI-202";
        const string title = "Pelatihan Akan Ditarik";
        await stack.PublishAsync(code, title);
        Assert.Equal(EnrolmentOutcome.Enrolled, await stack.Grains.GetGrain<ILearnerGrain>(Andi).EnrolAsync(code));
        using var anonymous = LoopbackHttp.Create(stack.Product.BaseUrl, "127.0.0.92");
        await Eventually.GetAsync(() => anonymous.GetStringAsync(""), h => h.Contains(title, StringComparison.Ordinal), TimeSpan.FromSeconds(15), "the training in the catalogue");
        using var admin = await stack.SignInAsync("admin", CourseAdminStack.AdminPassword, "127.0.0.92");

        using var withdrawn = await AdminForm.PostAsync(admin, $"admin/pelatihan/{code}", $"admin/pelatihan/{code}?handler=Tarik", [("alasan", "Kurikulum diperbarui")]);

        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        await Eventually.GetAsync(() => anonymous.GetStringAsync(""), h => !h.Contains(title, StringComparison.Ordinal), TimeSpan.FromSeconds(15), "the training gone from the catalogue");
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"pelatihan/{code}")).StatusCode);
        Assert.Contains("data-status=\"Withdrawn\"", await admin.GetStringAsync($"admin/pelatihan?q={code}"), StringComparison.Ordinal);

        using var siti = await stack.SignInAsync(Siti, CourseAdminStack.LearnerPassword, "127.0.0.92");
        Assert.Equal(HttpStatusCode.NotFound, (await siti.GetAsync($"pelatihan/{code}")).StatusCode);
        using var daftar = await AdminForm.PostAsync(siti, $"pelatihan/PLT-IMI-001", $"pelatihan/{code}?handler=Daftar", []);
        Assert.Equal(HttpStatusCode.NotFound, daftar.StatusCode);
        Assert.False(await stack.Grains.GetGrain<ILearnerGrain>(Siti).IsEnrolledAsync(code));

        using var andi = await stack.SignInAsync(Andi, CourseAdminStack.LearnerPassword, "127.0.0.92");
        using var detail = await andi.GetAsync($"pelatihan/{code}");
        Assert.Equal(HttpStatusCode.Redirect, detail.StatusCode);
        Assert.StartsWith($"/belajar/{code}", AdminForm.Target(detail), StringComparison.Ordinal);
        var learning = await andi.GetStringAsync($"belajar/{code}/m01");
        Assert.Contains("Isi bacaan.", learning, StringComparison.Ordinal);
        Assert.Contains(title, await Eventually.GetAsync(() => andi.GetStringAsync("pelatihan-saya"), h => h.Contains(title, StringComparison.Ordinal), TimeSpan.FromSeconds(15), "my trainings"), StringComparison.Ordinal);

        var reason = await stack.Product.Database.ScalarAsync<string>(
            $"select data->>'Reason' from mooc.mt_events where stream_id = 'course:{code}' and data->>'AdminUsername' = 'admin' and type = 'course_withdrawn'");
        Assert.Equal("Kurikulum diperbarui", reason);
    }

    [Fact]
    public async Task NonAdmins_ShouldBeRefusedEveryEditorPageAndUpload()
    {
        const string code = "PLT-UJI-203";
        await stack.PublishAsync(code, "Pelatihan Terlindung");
        using var learner = await stack.SignInAsync(Siti, CourseAdminStack.LearnerPassword, "127.0.0.93");
        using var anonymous = LoopbackHttp.Create(stack.Product.BaseUrl, "127.0.0.93");
        var uploadsBefore = await stack.Product.Database.ScalarAsync<long>("select count(*) from media.uploads");

        foreach (var path in new[] { "admin/pelatihan", "admin/pelatihan/baru", $"admin/pelatihan/{code}", $"admin/pelatihan/{code}/materi/m01", $"admin/pelatihan/{code}/materi/m02" })
        {
            using var refused = await learner.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.StartsWith("/AksesDitolak", AdminForm.Target(refused), StringComparison.Ordinal);
            using var signedOut = await anonymous.GetAsync(path);
            Assert.StartsWith("/Login", AdminForm.Target(signedOut), StringComparison.Ordinal);
        }

        foreach (var (path, field) in new[] { ($"admin/pelatihan/{code}/materi/m02?handler=Video", "video"), ($"admin/pelatihan/{code}", "pratinjau"), ("admin/pelatihan/baru", "pratinjau") })
        {
            foreach (var client in new[] { learner, anonymous })
            {
                using var form = new MultipartFormDataContent { { new ByteArrayContent(Mp4File.Build(1000, 5000)), field, "x.mp4" } };
                using var refused = await client.PostAsync(path, form);
                Assert.True(refused.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{path}: {(int)refused.StatusCode}");
                Assert.Matches("^/(AksesDitolak|Login)|^$", AdminForm.Target(refused));
            }
        }

        foreach (var handler in new[] { "Tarik", "Terbitkan" })
        {
            using var form = new FormUrlEncodedContent([new("alasan", "x")]);
            using var refused = await learner.PostAsync($"admin/pelatihan/{code}?handler={handler}", form);
            Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        }

        Assert.Equal(uploadsBefore, await stack.Product.Database.ScalarAsync<long>("select count(*) from media.uploads"));
        Assert.Equal(CourseStatus.Published, await stack.Grains.GetGrain<ICourseGrain>(code).GetStatusAsync());
        Assert.DoesNotContain("href=\"/admin/pelatihan\"", await learner.GetStringAsync(""), StringComparison.Ordinal);
    }

    private static async Task<string> PageOrEmptyAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : "";
    }

    [GeneratedRegex("<video[^>]*src=\"(/media/unggahan/[0-9a-f]{32}\\.mp4)\"")]
    private static partial Regex VideoSource();
}
