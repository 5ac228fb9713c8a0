using Mooc.TestSupport;
using Mooc.WebFrontend.Media;

namespace Mooc.UnitTests.Media;

public sealed class VideoProbeTests
{
    [Theory]
    [InlineData(0, true, false)]
    [InlineData(0, false, false)]
    [InlineData(1, true, false)]
    [InlineData(1, false, true)]
    public void Mp4_ShouldGiveTheLengthFromMvhdWhereverMoovIs(int version, bool moovFirst, bool largeMdat)
    {
        var file = Mp4File.Build(timescale: 600, duration: 600 * 95 + 300, version: version, moovFirst: moovFirst, largeMdat: largeMdat);

        var probe = VideoProbe.Probe(new MemoryStream(file));

        Assert.Equal(VideoContainer.Mp4, probe!.Container);
        Assert.Equal(TimeSpan.FromSeconds(95.5), probe.Duration);
        Assert.Equal(("mp4", "video/mp4"), (probe.Extension, probe.ContentType));
    }

    [Fact]
    public void Mp4WithALongDurationInVersion1_ShouldNotOverflow()
    {
        var file = Mp4File.Build(timescale: 90_000, duration: 90_000UL * 3 * 3600, version: 1);

        Assert.Equal(TimeSpan.FromHours(3), VideoProbe.Probe(new MemoryStream(file))!.Duration);
    }

    [Theory]
    [InlineData(0u, 1000UL)]
    [InlineData(1000u, 0xFFFFFFFFUL)]
    public void Mp4WithZeroTimescaleOrUnknownDuration_ShouldHaveNoLength(uint timescale, ulong duration)
    {
        var probe = VideoProbe.Probe(new MemoryStream(Mp4File.Build(timescale, duration)));

        Assert.Equal(VideoContainer.Mp4, probe!.Container);
        Assert.Null(probe.Duration);
    }

    [Fact]
    public void TruncatedMp4_ShouldHaveNoLengthRatherThanThrow()
    {
        var file = Mp4File.Build(1000, 5000, moovFirst: false);

        var probe = VideoProbe.Probe(new MemoryStream(file[..^40]));

        Assert.Null(probe!.Duration);
    }

    [Fact]
    public void DemoWebM_ShouldBeRecognisedWithItsSixtySeconds()
    {
        var path = Path.Combine(RepoPaths.Root, "src/WebFrontend/wwwroot/media/materi/PLT-IMI-001-m02.webm");
        using var file = File.OpenRead(path);

        var probe = VideoProbe.Probe(file);

        Assert.Equal(VideoContainer.WebM, probe!.Container);
        Assert.InRange(probe.Duration!.Value.TotalSeconds, 59.5, 60.5);
    }

    [Theory]
    [InlineData("%PDF-1.7 not a video at all")]
    [InlineData("")]
    [InlineData("<html><script>alert(1)</script></html>")]
    public void OtherFiles_ShouldNotBeRecognised(string text)
    {
        Assert.Null(VideoProbe.Probe(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(text))));
    }

    [Fact]
    public void MatroskaThatIsNotWebM_ShouldNotBeRecognised()
    {
        // EBML header with DocType "matroska"
        byte[] mkv = [0x1A, 0x45, 0xDF, 0xA3, 0x8B, 0x42, 0x82, 0x88, .. "matroska"u8];

        Assert.Null(VideoProbe.Probe(new MemoryStream(mkv)));
    }
}
