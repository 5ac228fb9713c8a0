using Mooc.WebFrontend.Accounts.Captcha;
using SkiaSharp;

namespace Mooc.UnitTests.Accounts;

public sealed class CaptchaImageRendererTests : IDisposable
{
    private readonly CaptchaImageRenderer _renderer = new();

    public void Dispose() => _renderer.Dispose();

    [Fact]
    public void Render_ShouldGiveAPngOfTheExpectedSizeThatIsNotBlank()
    {
        using var bitmap = SKBitmap.Decode(_renderer.RenderPng("HK7MX", 1));

        Assert.NotNull(bitmap);
        Assert.Equal((CaptchaImageRenderer.Width, CaptchaImageRenderer.Height), (bitmap.Width, bitmap.Height));
        Assert.True(bitmap.Pixels.Distinct().Count() > 50, "the image is (almost) a single colour");
    }

    [Fact]
    public void Render_ShouldDrawDarkInkForTheCode()
    {
        using var withCode = SKBitmap.Decode(_renderer.RenderPng("WWWWW", 7));

        // The noise is mid-tone (channels ≥ 90); only glyphs are this dark, and five bold W cover many pixels.
        Assert.True(withCode.Pixels.Count(p => p.Red + p.Green + p.Blue < 200) > 300);
    }

    [Fact]
    public void SameCodeWithAnotherSeed_ShouldLookDifferent() =>
        Assert.NotEqual(_renderer.RenderPng("HK7MX", 1), _renderer.RenderPng("HK7MX", 2));

    [Fact]
    public void SameCodeAndSeed_ShouldLookTheSame() =>
        Assert.Equal(_renderer.RenderPng("HK7MX", 3), _renderer.RenderPng("HK7MX", 3));

    [Fact]
    public void LongestCode_ShouldStillRender()
    {
        using var bitmap = SKBitmap.Decode(_renderer.RenderPng(new string('M', CaptchaOptions.MaxCodeLength), 4));

        Assert.Equal(CaptchaImageRenderer.Width, bitmap.Width);
    }

    [Fact]
    public void MissingFontFiles_ShouldBeFoundAsNone() =>
        Assert.Null(CaptchaImageRenderer.FindFontFile(["/nonexistent/font.ttf"]));

    [Fact]
    public void MissingFontMessage_ShouldNameTheDebianPackage() =>
        Assert.Contains("fonts-dejavu-core", CaptchaImageRenderer.MissingFontMessage, StringComparison.Ordinal);
}
