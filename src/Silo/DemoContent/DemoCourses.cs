using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.Silo.DemoContent;

/// <summary>The trainings a fresh installation shows, written for BPSDM Kementerian Imigrasi dan Pemasyarakatan.</summary>
public static class DemoCourses
{
    private const string Organiser = "BPSDM Kementerian Imigrasi dan Pemasyarakatan";

    public static IReadOnlyDictionary<string, CourseDescription> All { get; } = new Dictionary<string, CourseDescription>
    {
        ["PLT-IMI-001"] = new(
            "Pelayanan Paspor Berbasis Digital",
            "Alur penerbitan paspor dari antrean daring M-Paspor sampai penyerahan dokumen, verifikasi biometrik, dan standar pelayanan prima di kantor imigrasi.",
            CourseLevel.Basic, 20, true, Organiser),
        ["PLT-IMI-002"] = new(
            "Pemeriksaan Keimigrasian di Tempat Pemeriksaan Imigrasi (TPI)",
            "Prosedur pemeriksaan orang masuk dan keluar wilayah Indonesia, deteksi dokumen palsu, penggunaan autogate, serta penanganan penolakan masuk.",
            CourseLevel.Intermediate, 30, true, Organiser),
        ["PLT-IMI-003"] = new(
            "Pengawasan dan Penindakan Keimigrasian",
            "Dasar hukum pengawasan orang asing, operasi gabungan TIMPORA, tindakan administratif keimigrasian, dan penyusunan berita acara pemeriksaan.",
            CourseLevel.Advanced, 40, true, Organiser),
        ["PLT-PAS-001"] = new(
            "Pembinaan Narapidana dan Anak Binaan",
            "Prinsip pemasyarakatan, program pembinaan kepribadian dan kemandirian, penilaian perilaku melalui Sistem Penilaian Pembinaan Narapidana (SPPN).",
            CourseLevel.Basic, 24, true, Organiser),
        ["PLT-PAS-002"] = new(
            "Keamanan dan Ketertiban Lembaga Pemasyarakatan",
            "Deteksi dini gangguan keamanan, penggeledahan blok hunian, pengelolaan pintu utama, dan penanganan keadaan darurat di Lapas dan Rutan.",
            CourseLevel.Intermediate, 32, true, Organiser),
        ["PLT-UMM-001"] = new(
            "Orientasi ASN: Nilai Dasar BerAKHLAK",
            "Nilai dasar ASN (Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif) dan penerapannya dalam tugas sehari-hari.",
            CourseLevel.Basic, 12, false, Organiser),
    };
}
