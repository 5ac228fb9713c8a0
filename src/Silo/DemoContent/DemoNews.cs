using Mooc.Grains.Abstractions.News;

namespace Mooc.Silo.DemoContent;

/// <summary>The news items ("Berita", manual A.2) a fresh installation shows, keyed by URL slug, from BPSDM Kementerian Imigrasi dan Pemasyarakatan.</summary>
public static class DemoNews
{
    private const string Announcement = "Pengumuman";
    private const string Activity = "Kegiatan";
    private const string TrainingInfo = "Info Pelatihan";

    public static IReadOnlyDictionary<string, NewsArticleDraft> All { get; } = new Dictionary<string, NewsArticleDraft>
    {
        ["pembukaan-pelatihan-pelayanan-paspor-digital-2026"] = new(
            "BPSDM Buka Angkatan Baru Pelatihan Pelayanan Paspor Berbasis Digital di MOOC",
            "Pendaftaran angkatan baru pelatihan Pelayanan Paspor Berbasis Digital telah dibuka di MOOC dan dapat diikuti oleh ASN Kementerian Imigrasi dan Pemasyarakatan, khususnya petugas layanan paspor.",
            Paragraphs(
                "Badan Pengembangan Sumber Daya Manusia (BPSDM) Kementerian Imigrasi dan Pemasyarakatan membuka angkatan baru pelatihan Pelayanan Paspor Berbasis Digital melalui platform Massive Open Online Course (MOOC). Pelatihan tingkat dasar ini diikuti secara mandiri dan daring, sehingga ASN di seluruh Indonesia dapat belajar tanpa meninggalkan tugas kedinasan.",
                "Pelatihan membahas alur penerbitan paspor mulai dari antrean daring melalui aplikasi M-Paspor, pemeriksaan berkas, pengambilan data biometrik, dan wawancara, hingga penyerahan paspor, serta standar pelayanan prima di kantor imigrasi. Materi disajikan dalam bentuk bacaan dan video dan ditutup dengan ujian akhir. Peserta yang dinyatakan lulus dapat mengunduh sertifikat pelatihan dengan bobot 20 jam pelajaran (JP).",
                "“Petugas paspor adalah wajah pertama institusi di mata masyarakat. Melalui pelatihan ini kami ingin memastikan setiap petugas memahami alur layanan secara utuh dan melayani dengan cepat, ramah, dan berintegritas,” ujar Kepala Pusat Pengembangan Kompetensi Teknis BPSDM Kementerian Imigrasi dan Pemasyarakatan.",
                "Untuk mendaftar, pegawai cukup login ke MOOC menggunakan akun masing-masing, memilih pelatihan Pelayanan Paspor Berbasis Digital pada daftar pelatihan, meninjau deskripsi dan persyaratannya, lalu menekan tombol “Daftar”. Pelatihan yang telah didaftarkan akan muncul pada menu Pelatihan yang Diikuti."),
            TrainingInfo,
            new DateOnly(2026, 9, 7)),

        ["kiat-sukses-mengikuti-pelatihan-daring-di-mooc"] = new(
            "Kiat Sukses Mengikuti Pelatihan Daring di MOOC BPSDM",
            "Belajar mandiri secara daring menuntut disiplin dan persiapan. Berikut beberapa kiat agar pelatihan di MOOC dapat diselesaikan dengan baik di sela tugas kedinasan.",
            Paragraphs(
                "Pelatihan di MOOC BPSDM Kementerian Imigrasi dan Pemasyarakatan dapat diikuti kapan pun dan di mana pun. Fleksibilitas ini memudahkan pegawai yang bertugas di kantor imigrasi, unit pelaksana teknis pemasyarakatan, maupun unit pusat, tetapi juga menuntut kemampuan mengatur waktu sendiri. Berikut beberapa kiat yang dapat membantu.",
                "Pertama, baca halaman detail pelatihan sebelum mendaftar, meliputi deskripsi, daftar materi, persyaratan, durasi, dan jumlah JP, agar pelatihan yang dipilih sesuai dengan kebutuhan tugas dan waktu yang tersedia. Kedua, sisihkan waktu belajar yang tetap, misalnya tiga puluh menit setiap hari, dan tetapkan target penyelesaian materi sebelum masa pelatihan berakhir.",
                "Ketiga, pelajari materi secara berurutan. Materi bacaan dan video disusun saling melengkapi, dan materi rangkuman di akhir pelatihan sangat membantu saat mempersiapkan ujian akhir. Keempat, siapkan perangkat dan koneksi: gunakan peramban Google Chrome, Mozilla Firefox, atau Microsoft Edge versi terbaru, dan pastikan jaringan stabil, terutama saat memutar video dan mengerjakan ujian.",
                "Kelima, jaga keamanan akun. Jangan membagikan kata sandi kepada siapa pun, dan selalu logout setelah selesai menggunakan MOOC, terlebih jika memakai komputer bersama di kantor. Apabila mengalami kendala teknis, hubungi pengelola pelatihan di unit kerja Anda atau layanan bantuan BPSDM."),
            TrainingInfo,
            new DateOnly(2026, 9, 15)),

        ["penandatanganan-nota-kesepahaman-pengembangan-kompetensi-asn"] = new(
            "BPSDM Tandatangani Nota Kesepahaman Pengembangan Kompetensi ASN dengan Perguruan Tinggi Mitra",
            "BPSDM Kementerian Imigrasi dan Pemasyarakatan menandatangani nota kesepahaman dengan perguruan tinggi mitra untuk memperkuat pengembangan kompetensi ASN, termasuk penyusunan materi pelatihan daring.",
            Paragraphs(
                "BPSDM Kementerian Imigrasi dan Pemasyarakatan menandatangani nota kesepahaman tentang pengembangan kompetensi aparatur dengan sejumlah perguruan tinggi mitra di Jakarta. Kerja sama ini menjadi landasan kolaborasi dalam penyusunan kurikulum, pengembangan materi pembelajaran, dan penyediaan narasumber untuk pelatihan di bidang keimigrasian dan pemasyarakatan.",
                "Ruang lingkup kerja sama meliputi pengembangan materi pelatihan daring untuk MOOC, kajian kebutuhan kompetensi, pertukaran narasumber dan pengajar, serta penelitian bersama di bidang pelayanan publik, hukum keimigrasian, dan pemasyarakatan. Nota kesepahaman ini akan ditindaklanjuti dengan perjanjian kerja sama yang lebih rinci oleh unit-unit terkait.",
                "“Setiap pegawai berhak atas pengembangan kompetensi sebagaimana diatur dalam Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil yang telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020. Kolaborasi dengan perguruan tinggi membantu kami menghadirkan materi yang mutakhir dan relevan dengan tantangan di lapangan,” kata Kepala BPSDM Kementerian Imigrasi dan Pemasyarakatan dalam sambutannya.",
                "Sebagai langkah awal, para pihak sepakat mengembangkan bersama modul pelatihan daring di bidang pelayanan publik dan etika aparatur yang direncanakan hadir di MOOC. Informasi mengenai pelatihan baru hasil kerja sama ini akan disampaikan melalui kanal berita MOOC."),
            Activity,
            new DateOnly(2026, 9, 22)),

        ["pemeliharaan-sistem-mooc-17-oktober-2026"] = new(
            "Pemeliharaan Sistem MOOC pada 17–18 Oktober 2026",
            "MOOC tidak dapat diakses sementara pada Sabtu, 17 Oktober 2026 pukul 22.00 WIB hingga Minggu, 18 Oktober 2026 pukul 04.00 WIB karena pemeliharaan sistem terjadwal.",
            Paragraphs(
                "Dalam rangka peningkatan kinerja dan keamanan layanan, BPSDM Kementerian Imigrasi dan Pemasyarakatan akan melaksanakan pemeliharaan sistem MOOC secara terjadwal pada Sabtu, 17 Oktober 2026 pukul 22.00 WIB sampai dengan Minggu, 18 Oktober 2026 pukul 04.00 WIB.",
                "Selama pemeliharaan berlangsung, seluruh layanan MOOC, termasuk login, akses materi bacaan dan video, ujian akhir, dan pengunduhan sertifikat, untuk sementara tidak dapat digunakan. Peserta diimbau tidak memulai ujian akhir menjelang waktu pemeliharaan agar pengerjaan tidak terputus.",
                "Data akun, riwayat pelatihan, nilai ujian, dan sertifikat yang telah diterbitkan tetap tersimpan dan tidak terpengaruh oleh kegiatan ini. Peserta tidak perlu mendaftar ulang pada pelatihan yang sedang diikuti.",
                "Layanan akan kembali normal setelah pemeliharaan selesai. Apabila setelah waktu tersebut masih mengalami kendala, silakan muat ulang halaman atau hapus cache peramban, lalu hubungi layanan bantuan BPSDM bila kendala berlanjut. Kami mohon maaf atas ketidaknyamanan yang ditimbulkan."),
            Announcement,
            new DateOnly(2026, 10, 9)),

        ["jadwal-ujian-akhir-serentak-november-2026"] = new(
            "Jadwal Ujian Akhir Serentak Periode November 2026",
            "Ujian akhir serentak pelatihan di MOOC dilaksanakan pada 16–20 November 2026. Peserta diminta memeriksa perangkat dan koneksi internet sebelum hari ujian.",
            Paragraphs(
                "BPSDM Kementerian Imigrasi dan Pemasyarakatan mengumumkan bahwa ujian akhir serentak untuk pelatihan bersertifikat di MOOC akan dilaksanakan pada Senin, 16 November 2026 sampai dengan Jumat, 20 November 2026. Ujian diikuti oleh peserta yang terdaftar pada angkatan berjalan dan diakses melalui tab “Ujian Akhir” pada halaman pelatihan masing-masing.",
                "Jadwal sesi setiap pelatihan dapat dilihat pada halaman pelatihan yang diikuti. Peserta disarankan menyelesaikan seluruh materi bacaan dan video, termasuk materi rangkuman, sebelum ujian dimulai. Soal ujian berbentuk pilihan ganda dengan batas waktu; sisa waktu pengerjaan ditampilkan di layar, dan peserta dapat berpindah soal menggunakan tombol “Sebelumnya” dan “Selanjutnya”.",
                "Untuk menghindari kendala teknis, peserta diminta memeriksa perangkat dan koneksi paling lambat satu hari sebelum ujian: pastikan dapat login ke MOOC dengan akun sendiri, gunakan peramban Google Chrome, Mozilla Firefox, atau Microsoft Edge versi terbaru, pastikan baterai perangkat terisi penuh atau tersambung ke listrik, dan gunakan jaringan internet yang stabil. Hindari berganti perangkat atau membuka ujian di lebih dari satu tab selama pengerjaan.",
                "Hasil ujian dan status kelulusan dapat dilihat pada menu Riwayat Ujian. Peserta yang memperoleh nilai sama dengan atau di atas nilai kelulusan dinyatakan lulus dan dapat mengunduh sertifikat dalam format PDF melalui tombol “Download Sertifikat”. Kendala selama ujian agar segera dilaporkan kepada pengelola pelatihan atau layanan bantuan BPSDM."),
            Announcement,
            new DateOnly(2026, 10, 26)),

        ["peserta-pelatihan-pembinaan-narapidana-rampungkan-pelatihan"] = new(
            "Peserta Pelatihan Pembinaan Narapidana dan Anak Binaan Rampungkan Pelatihan",
            "Peserta pelatihan Pembinaan Narapidana dan Anak Binaan yang lulus ujian akhir serentak kini dapat mengunduh sertifikat pelatihannya di MOOC.",
            Paragraphs(
                "Peserta pelatihan Pembinaan Narapidana dan Anak Binaan di MOOC BPSDM Kementerian Imigrasi dan Pemasyarakatan telah menuntaskan rangkaian pembelajaran yang ditutup dengan ujian akhir serentak pada 16–20 November 2026. Peserta berasal dari Lapas, Rutan, LPKA, dan Bapas di berbagai daerah.",
                "Selama masa pelatihan, peserta mempelajari prinsip Sistem Pemasyarakatan menurut Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan, program pembinaan kepribadian dan kemandirian, penilaian perilaku melalui Sistem Penilaian Pembinaan Narapidana (SPPN), serta kekhususan pembinaan Anak Binaan.",
                "“Kami mengapresiasi para peserta yang tetap menyelesaikan pelatihan di tengah padatnya tugas pembinaan dan pengamanan di unit masing-masing. Kami berharap ilmu yang diperoleh segera diterapkan dalam pembinaan sehari-hari,” ujar Kepala Pusat Pengembangan Kompetensi Teknis BPSDM Kementerian Imigrasi dan Pemasyarakatan.",
                "Peserta yang dinyatakan lulus dapat mengunduh sertifikat melalui tombol “Download Sertifikat” pada halaman pelatihan, dan status kelulusan dapat dilihat pada menu Riwayat Ujian. Bagi peserta yang belum lulus, informasi mengenai kesempatan mengikuti angkatan berikutnya akan disampaikan melalui kanal berita MOOC."),
            Activity,
            new DateOnly(2026, 11, 25)),
    };

    private static string Paragraphs(params string[] paragraphs) => string.Join("\n\n", paragraphs);
}
