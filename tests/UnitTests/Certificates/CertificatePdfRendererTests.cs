using Mooc.Certificates;
using UglyToad.PdfPig;

namespace Mooc.UnitTests.Certificates;

/// <summary>The certificate PDF as a reader extracts it: one A4 landscape page with everything printed on it.</summary>
public sealed class CertificatePdfRendererTests
{
    private static readonly CertificatePdfRenderer Renderer = new();

    [Fact]
    public void Render_ShouldProduceOneA4LandscapePage()
    {
        using var document = PdfDocument.Open(Renderer.Render(SampleCertificates.Standard()));

        Assert.Equal(1, document.NumberOfPages);
        var page = document.GetPage(1);
        Assert.Equal(842, page.Width, 0.5);
        Assert.Equal(595, page.Height, 0.5);
    }

    [Fact]
    public void Render_ShouldPrintEveryFieldOfTheCertificate()
    {
        var text = PdfText.Words(Renderer.Render(SampleCertificates.Standard()));

        Assert.Contains("SERTIFIKAT", text, StringComparison.Ordinal);
        Assert.Contains("Nomor: 7K3Q-9XHT-2MVA-PD4E", text, StringComparison.Ordinal);
        Assert.Contains("Siti Rahmawati", text, StringComparison.Ordinal);
        Assert.Contains("NIP 199205172018012002", text, StringComparison.Ordinal);
        Assert.Contains("Pelayanan Keimigrasian Berbasis Digital", text, StringComparison.Ordinal);
        Assert.Contains("20 Jam Pelajaran", text, StringComparison.Ordinal);
        Assert.Contains("nilai ujian akhir 86", text, StringComparison.Ordinal);
        Assert.Contains("Tanggal kelulusan: 1 Desember 2026", text, StringComparison.Ordinal);
        Assert.Contains("Jakarta, 1 Desember 2026", text, StringComparison.Ordinal);
        Assert.Contains("Nama Pejabat (contoh)", text, StringComparison.Ordinal);
        Assert.Contains("NIP 19700101 199003 1 001", text, StringComparison.Ordinal);
        Assert.Contains("BPSDM Kementerian Imigrasi dan Pemasyarakatan", text, StringComparison.Ordinal);
        Assert.Contains(SampleCertificates.VerificationUrl, text, StringComparison.Ordinal);
        Assert.DoesNotContain("elektronik", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void LongTrainingTitle_ShouldBeWrappedOverSeveralLinesWithoutLosingWords()
    {
        var content = SampleCertificates.Standard() with { TrainingTitle = SampleCertificates.LongTitle };

        var pdf = Renderer.Render(content);

        Assert.Contains(PdfText.Collapse(SampleCertificates.LongTitle), PdfText.Words(pdf), StringComparison.Ordinal);
        using var document = PdfDocument.Open(pdf);
        var titleLines = document.GetPage(1).GetWords()
            .Where(word => word.Text is "Pelatihan" or "Pelaksana")
            .Select(word => Math.Round(word.BoundingBox.Bottom))
            .Distinct()
            .Count();
        Assert.True(titleLines >= 2, "the long title should start and end on different lines");
    }

    [Fact]
    public void ExtremelyLongTrainingTitle_ShouldShrinkToStayWithinTheFrame()
    {
        var title = string.Join(' ', Enumerable.Repeat(SampleCertificates.LongTitle, 3));

        var pdf = Renderer.Render(SampleCertificates.Standard() with { TrainingTitle = title });

        Assert.Contains(PdfText.Collapse(title), PdfText.Words(pdf), StringComparison.Ordinal);
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.All(page.Letters, letter =>
        {
            Assert.InRange(letter.BoundingBox.Left, 31, page.Width - 31);
            Assert.InRange(letter.BoundingBox.Right, 31, page.Width - 31);
        });
    }

    [Theory]
    [InlineData("Nur’aini Siregar")]
    [InlineData("André Wijayakusuma")]
    public void NameWithNonAsciiLetters_ShouldExtractUnchanged(string name)
    {
        var text = PdfText.Words(Renderer.Render(SampleCertificates.Standard() with { ParticipantName = name }));

        Assert.Contains(name, text, StringComparison.Ordinal);
    }

    [Fact]
    public void VeryLongName_ShouldStayWholeOnThePage()
    {
        const string name = "Prof. Dr. Muhammad Fadhlurrahman Al-Hakim Wijayakusuma Siregar Nasution, S.H., M.Hum., M.Si.";

        using var document = PdfDocument.Open(
            Renderer.Render(SampleCertificates.Standard() with { ParticipantName = name }));

        var page = document.GetPage(1);
        Assert.Contains(name, string.Join(' ', page.GetWords().Select(w => w.Text)), StringComparison.Ordinal);
        Assert.All(page.Letters, letter => Assert.InRange(letter.BoundingBox.Left, 31, page.Width - 31));
    }

    [Fact]
    public void AttemptDigest_ShouldBePrintedWholeInTwoLinesInsideThePage()
    {
        var digest = Mooc.Grains.Abstractions.Integrity.DigestText.Grouped("3f2a9c1e" + "07b45d88" + "e1c0aa42" + "9d3b6f70" + "5c8e21d4" + "b0f7a913" + "6e4d2c85" + "a1f09b37");
        var pdf = Renderer.Render(SampleCertificates.Standard() with { AttemptDigest = digest });

        var text = PdfText.Words(pdf);
        Assert.Contains("Kode keutuhan ujian", text, StringComparison.Ordinal);
        Assert.Contains("3f2a9c1e 07b45d88 e1c0aa42 9d3b6f70", text, StringComparison.Ordinal);
        Assert.Contains("5c8e21d4 b0f7a913 6e4d2c85 a1f09b37", text, StringComparison.Ordinal);
        using var document = PdfDocument.Open(pdf);
        var page = document.GetPage(1);
        Assert.All(page.Letters, letter => Assert.InRange(letter.BoundingBox.Bottom, 31, page.Height - 31));
        Assert.DoesNotContain("Kode keutuhan", PdfText.Words(Renderer.Render(SampleCertificates.Standard())), StringComparison.Ordinal);
    }

    [Fact]
    public void EmptyNip_ShouldLeaveOutTheNipLine()
    {
        var content = SampleCertificates.Standard() with
        {
            Nip = "",
            Signatory = SampleCertificates.Standard().Signatory with { Nip = "" },
        };

        var text = PdfText.Words(Renderer.Render(content));

        Assert.DoesNotContain("NIP", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ShouldEmbedEveryFont()
    {
        var fonts = PdfFontPrograms.EmbeddedByBaseFont(Renderer.Render(SampleCertificates.Standard()));

        Assert.NotEmpty(fonts);
        Assert.All(fonts, font => Assert.True(font.Value, $"{font.Key} is not embedded"));
        Assert.All(fonts.Keys, name => Assert.Contains("DejaVu", name, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_ShouldSetTheDocumentInformation()
    {
        using var document = PdfDocument.Open(Renderer.Render(SampleCertificates.Standard()));

        Assert.Equal("Sertifikat 7K3Q-9XHT-2MVA-PD4E", document.Information.Title);
        Assert.Equal("BPSDM Kementerian Imigrasi dan Pemasyarakatan", document.Information.Author);
        Assert.Equal("Pelayanan Keimigrasian Berbasis Digital", document.Information.Subject);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 3, 0, 0, TimeSpan.Zero),
            document.Information.GetCreatedDateTimeOffset()?.ToUniversalTime());
    }

    [Fact]
    public async Task ConcurrentRenders_ShouldEachProduceTheirOwnCertificate()
    {
        var numbers = Enumerable.Range(1, 8).Select(i => $"TEST-0000-0000-000{i}").ToList();

        var pdfs = await Task.WhenAll(numbers.Select(number => Task.Run(() =>
            Renderer.Render(SampleCertificates.Standard() with { Number = number }))));

        for (var i = 0; i < numbers.Count; i++)
        {
            Assert.Contains($"Nomor: {numbers[i]}", PdfText.Words(pdfs[i]), StringComparison.Ordinal);
        }
    }
}
