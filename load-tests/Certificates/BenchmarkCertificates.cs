using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Mooc.Certificates;

namespace Mooc.LoadTests.Certificates;

/// <summary>
/// Distinct certificate contents for the rendering benchmark (names, titles and numbers vary, so no two PDFs are
/// alike), and the sample certificate shown in the documentation.
/// </summary>
public static class BenchmarkCertificates
{
    private const string VerificationBase = "https://mooc.bpsdm.kemenimipas.go.id/verifikasi/";
    private const string NumberAlphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    private static readonly string[] GivenNames =
        ["Siti", "Muhammad", "Dewi", "André", "Putu", "Nur’aini", "Yohanes", "Rahmat", "Agnes", "I Gede"];

    private static readonly string[] FamilyNames =
        ["Rahmawati", "Siregar", "Wijayakusuma", "Nasution", "Pratama Putra", "Hutapea", "Kusumaningrum", "Lestari"];

    private static readonly string[] Titles =
    [
        "Pelayanan Keimigrasian Berbasis Digital",
        "Dasar-Dasar Pemasyarakatan",
        "Manajemen Risiko dan Pengendalian Intern pada Unit Pelaksana Teknis Pemasyarakatan",
        "Pelatihan Teknis Penatausahaan Barang Milik Negara, Pengelolaan Keuangan, dan Pelaporan Kinerja " +
        "Berbasis Digital pada Kantor Imigrasi",
        "Etika dan Integritas Aparatur Sipil Negara",
    ];

    private static readonly CertificateSignatory Signatory = new(
        "Jakarta", "Kepala Badan Pengembangan Sumber Daya Manusia", "Nama Pejabat (contoh)", "19700101 199003 1 001");

    /// <summary>The sample certificate of docs/images/sertifikat-contoh.png; the signatory is marked as an example.</summary>
    public static CertificateContent Sample() => new(
        "7K3Q-9XHT-2MVA-PD4E", "Siti Rahmawati Nur’aini", "199205172018012002",
        "Pelayanan Keimigrasian Berbasis Digital", 20, 86, new DateOnly(2026, 12, 1),
        VerificationBase + "7K3Q-9XHT-2MVA-PD4E", Signatory,
        new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(7)), Digest("7K3Q-9XHT-2MVA-PD4E"));

    /// <summary>The <paramref name="index"/>-th benchmark certificate; the same index gives the same content.</summary>
    public static CertificateContent Varied(int index)
    {
        var number = Number(index);
        var name = $"{GivenNames[index % GivenNames.Length]} {FamilyNames[index / GivenNames.Length % FamilyNames.Length]}";
        var nip = index % 7 == 0 ? "" : (199001012016000000L + index).ToString(CultureInfo.InvariantCulture);
        return new CertificateContent(
            number, name, nip, Titles[index % Titles.Length], 10 + index % 4 * 10, 70 + index % 31,
            new DateOnly(2026, 1, 1).AddDays(index % 365), VerificationBase + number, Signatory,
            new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(7)).AddMinutes(index), Digest(number));
    }

    /// <summary>A stand-in for the attempt's chain digest, fixed per number, printed as the product prints it.</summary>
    private static string Digest(string number) =>
        string.Join(' ', Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(number))).Chunk(8).Select(c => new string(c)));

    /// <summary>Four groups of four from an alphabet without 0/O and 1/I, like the product's numbers.</summary>
    private static string Number(int index)
    {
        var value = (ulong)index * 0x9E3779B97F4A7C15UL;
        var chars = new char[19];
        for (var i = 0; i < chars.Length; i++)
        {
            if (i % 5 == 4)
            {
                chars[i] = '-';
                continue;
            }

            chars[i] = NumberAlphabet[(int)(value % (ulong)NumberAlphabet.Length)];
            value = value / (ulong)NumberAlphabet.Length ^ (ulong)(index + i) * 0xBF58476D1CE4E5B9UL;
        }

        return new string(chars);
    }
}
