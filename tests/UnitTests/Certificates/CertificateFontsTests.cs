using Mooc.Certificates;

namespace Mooc.UnitTests.Certificates;

/// <summary>Font registration: clear failures for a folder without the fonts and for a second, different folder.</summary>
public sealed class CertificateFontsTests
{
    [Fact]
    public void FolderWithoutTheFonts_ShouldNameTheMissingFileAndThePackage()
    {
        var folder = Directory.CreateTempSubdirectory("mooc-nofonts-");
        try
        {
            var error = Assert.Throws<FileNotFoundException>(() => CertificateFonts.Register(folder.FullName));

            Assert.Contains(Path.Combine(folder.FullName, "DejaVuSans.ttf"), error.Message, StringComparison.Ordinal);
            Assert.Contains("fonts-dejavu-core", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void SameFolderTwice_ShouldBeAccepted()
    {
        CertificateFonts.Register();
        CertificateFonts.Register(CertificateFonts.DefaultFolder + "/");

        Assert.Equal(CertificateFonts.DefaultFolder, CertificateFonts.RegisteredFolder);
    }

    [Fact]
    public void AnotherFolderAfterRegistration_ShouldBeRefused()
    {
        CertificateFonts.Register();
        var copy = Directory.CreateTempSubdirectory("mooc-fonts-");
        try
        {
            foreach (var file in Directory.GetFiles(CertificateFonts.DefaultFolder, "DejaVu*.ttf"))
            {
                File.Copy(file, Path.Combine(copy.FullName, Path.GetFileName(file)));
            }

            var error = Assert.Throws<InvalidOperationException>(() => CertificateFonts.Register(copy.FullName));

            Assert.Contains("already registered", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            copy.Delete(recursive: true);
        }
    }
}
