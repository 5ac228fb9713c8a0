using Mooc.WebFrontend.Accounts.Import;

namespace Mooc.UnitTests.Accounts;

public sealed class AccountCsvReaderTests
{
    [Fact]
    public void CommaFileWithEnglishHeaders_ShouldGiveEveryRowWithItsLineNumber()
    {
        var (rows, error) = AccountCsvReader.Read(new StringReader(
            "NIP,Name,Unit,E-mail,Role\n199001012015031001,Andi Pratama,\"Kanim Kelas I, Jakarta\",andi@example.go.id,peserta\n\n199205172018012002,Siti,Lapas Bogor,siti@example.go.id,admin\n"));

        Assert.Null(error);
        Assert.Equal(2, rows.Count);
        Assert.Equal(new AccountCsvRow(2, "199001012015031001", "Andi Pratama", "Kanim Kelas I, Jakarta", "andi@example.go.id", "peserta", null, null), rows[0]);
        Assert.Equal(4, rows[1].Line);
    }

    [Fact]
    public void SemicolonFileWithIndonesianHeadersInAnotherOrder_ShouldBeRead()
    {
        var (rows, error) = AccountCsvReader.Read(new StringReader(
            "peran;e-mail;nama;unit kerja;nip;username;password\nadmin;a@example.go.id;Admin Dua;BPSDM;197803152005011002;admin2;Rahasia#2026\n"));

        Assert.Null(error);
        var row = Assert.Single(rows);
        Assert.Equal(("197803152005011002", "Admin Dua", "BPSDM", "admin", "admin2", "Rahasia#2026"), (row.Nip, row.Name, row.Unit, row.Role, row.Username, row.Password));
    }

    [Fact]
    public void MissingColumns_ShouldBeNamedInIndonesian()
    {
        var (rows, error) = AccountCsvReader.Read(new StringReader("nip,nama\n199001012015031001,Andi\n"));

        Assert.Empty(rows);
        Assert.Contains("Kolom wajib tidak ditemukan: unit, email, peran", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("nip,nama,unit,email,peran\n")]
    public void EmptyFile_ShouldBeRefused(string text)
    {
        var (rows, error) = AccountCsvReader.Read(new StringReader(text));

        Assert.Empty(rows);
        Assert.NotNull(error);
    }

    [Fact]
    public void InitialPasswords_ShouldBeLongEnoughWithADigitAndASymbolAndDiffer()
    {
        var passwords = Enumerable.Range(0, 200).Select(_ => InitialPasswordGenerator.Next()).ToList();

        Assert.All(passwords, p =>
        {
            Assert.Equal(12, p.Length);
            Assert.Contains(p, char.IsAsciiDigit);
            Assert.Contains(p, c => "#$%&*+=?@".Contains(c, StringComparison.Ordinal));
        });
        Assert.Equal(200, passwords.Distinct(StringComparer.Ordinal).Count());
    }
}
