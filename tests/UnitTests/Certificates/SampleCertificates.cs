using Mooc.Certificates;

namespace Mooc.UnitTests.Certificates;

/// <summary>Certificate contents for the renderer tests: the documentation sample and harder variants of it.</summary>
internal static class SampleCertificates
{
    public const string VerificationUrl = "https://mooc.bpsdm.kemenimipas.go.id/verifikasi/7K3Q-9XHT-2MVA-PD4E";

    public const string LongTitle =
        "Pelatihan Teknis Penatausahaan Barang Milik Negara dan Pelaporan Kinerja Berbasis Digital pada Unit " +
        "Pelaksana Teknis Pemasyarakatan";

    public static CertificateContent Standard() => new(
        Number: "7K3Q-9XHT-2MVA-PD4E",
        ParticipantName: "Siti Rahmawati",
        Nip: "199205172018012002",
        TrainingTitle: "Pelayanan Keimigrasian Berbasis Digital",
        LessonHours: 20,
        Score: 86,
        PassedOn: new DateOnly(2026, 12, 1),
        VerificationUrl: VerificationUrl,
        Signatory: new CertificateSignatory(
            "Jakarta", "Kepala Badan Pengembangan Sumber Daya Manusia", "Nama Pejabat (contoh)", "19700101 199003 1 001"),
        IssuedAt: new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(7)));
}
