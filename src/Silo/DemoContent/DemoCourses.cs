using Mooc.Grains.Abstractions.Catalog;

namespace Mooc.Silo.DemoContent;

/// <summary>The trainings a fresh installation shows, written for BPSDM Kementerian Imigrasi dan Pemasyarakatan.</summary>
public static class DemoCourses
{
    private const string Organiser = "BPSDM Kementerian Imigrasi dan Pemasyarakatan";
    private const string ActiveCivilServant = "ASN aktif di lingkungan Kementerian Imigrasi dan Pemasyarakatan";
    private const string Device =
        "Komputer atau laptop dengan peramban Google Chrome, Mozilla Firefox, atau Microsoft Edge versi terbaru dan koneksi internet yang stabil";

    public static IReadOnlyDictionary<string, CourseDescription> All { get; } = new Dictionary<string, CourseDescription>
    {
        ["PLT-IMI-001"] = new(
            "Pelayanan Paspor Berbasis Digital",
            "Alur penerbitan paspor dari antrean daring M-Paspor sampai penyerahan dokumen, verifikasi biometrik, dan standar pelayanan prima di kantor imigrasi.",
            CourseLevel.Basic, 20, true, Organiser,
            Paragraphs(
                "Pelatihan ini membekali ASN di kantor imigrasi dan unit layanan paspor dengan pemahaman utuh tentang alur penerbitan paspor Republik Indonesia berbasis digital, mulai dari pengambilan nomor antrean daring melalui aplikasi M-Paspor, pemeriksaan kelengkapan berkas, pengambilan data biometrik berupa foto wajah dan sidik jari, wawancara, hingga penyerahan paspor kepada pemohon. Materi disusun dengan mengacu pada Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian beserta peraturan pelaksanaannya serta Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik.",
                "Paspor adalah dokumen negara yang menjadi bukti identitas warga negara Indonesia ketika bepergian ke luar negeri, sehingga setiap tahap penerbitannya menuntut ketelitian dan integritas. Kesalahan verifikasi dapat membuka celah penyalahgunaan identitas, sementara pelayanan yang lambat atau tidak ramah langsung memengaruhi kepercayaan masyarakat kepada institusi. Karena itu, pelatihan ini juga membahas standar pelayanan prima, keterbukaan informasi tarif Penerimaan Negara Bukan Pajak (PNBP), dan pencegahan pungutan liar.",
                "Setelah menyelesaikan pelatihan, peserta mampu menjelaskan alur layanan paspor secara runtut kepada pemohon, memverifikasi dokumen persyaratan dan data biometrik sesuai prosedur, mengenali permohonan yang perlu didalami melalui wawancara, serta memberikan pelayanan yang cepat, ramah, dan akuntabel."),
            [
                ActiveCivilServant,
                "Diutamakan petugas pelayanan paspor di kantor imigrasi atau unit layanan paspor",
                "Memiliki akun MOOC yang aktif",
                Device,
            ],
            new InstructorProfile(
                "Dra. Rina Kartikasari, M.Si.",
                "Widyaiswara Ahli Madya, BPSDM Kementerian Imigrasi dan Pemasyarakatan",
                "Berpengalaman lebih dari lima belas tahun di bidang pelayanan dokumen perjalanan, termasuk sebagai kepala seksi di kantor imigrasi, sebelum beralih menjadi widyaiswara. Ia aktif menyusun modul pelatihan pelayanan publik dan mendampingi penerapan standar pelayanan di unit layanan paspor."),
            [
                Reading("m01", "Dasar Hukum dan Jenis Paspor Republik Indonesia", 20),
                Video("m02", "Alur Antrean Daring melalui Aplikasi M-Paspor", 1),
                Reading("m03", "Pemeriksaan Berkas Permohonan dan Verifikasi Data Pemohon", 25),
                Video("m04", "Pengambilan Foto Wajah dan Sidik Jari Biometrik", 1),
                Reading("m05", "Wawancara, Penelitian Permohonan, dan Persetujuan Penerbitan", 20),
                Video("m06", "Penyerahan Paspor dan Penanganan Pengaduan Pemohon", 1),
                Reading("m07", "Standar Pelayanan Prima dan Pelayanan Bebas Pungutan Liar", 15),
                Reading("m08", "Rangkuman Pelayanan Paspor Berbasis Digital", 10),
            ],
            14, Preview("PLT-IMI-001")),

        ["PLT-IMI-002"] = new(
            "Pemeriksaan Keimigrasian di Tempat Pemeriksaan Imigrasi (TPI)",
            "Prosedur pemeriksaan orang masuk dan keluar wilayah Indonesia, deteksi dokumen palsu, penggunaan autogate, serta penanganan penolakan masuk.",
            CourseLevel.Intermediate, 30, true, Organiser,
            Paragraphs(
                "Pelatihan ini membahas pelaksanaan pemeriksaan keimigrasian terhadap setiap orang yang masuk atau keluar Wilayah Indonesia di Tempat Pemeriksaan Imigrasi (TPI) di bandar udara, pelabuhan laut, dan pos lintas batas negara. Peserta mempelajari kewenangan Pejabat Imigrasi menurut Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian, pemeriksaan keabsahan dokumen perjalanan, visa, dan izin tinggal, pemanfaatan data penumpang serta daftar pencegahan dan penangkalan, hingga pemeriksaan melalui autogate.",
                "TPI adalah garda terdepan kedaulatan negara: keputusan yang diambil dalam hitungan menit di konter pemeriksaan menentukan siapa yang boleh masuk dan keluar. Karena itu, pelatihan menekankan kemampuan mengenali ciri pengamanan dokumen dan indikasi pemalsuan, mencermati profil dan perilaku penumpang, serta mengambil keputusan penolakan masuk atau penundaan keberangkatan secara tepat, terdokumentasi, dan tetap menghormati hak asasi manusia. Materi dilengkapi video simulasi dan studi kasus dari situasi yang umum dijumpai di lapangan.",
                "Setelah mengikuti pelatihan, peserta mampu melakukan pemeriksaan kedatangan dan keberangkatan sesuai prosedur, mengidentifikasi dokumen yang diragukan keasliannya dan meneruskannya untuk pemeriksaan lanjutan, memahami alur pemeriksaan melalui autogate, serta menyusun laporan penolakan yang dapat dipertanggungjawabkan."),
            [
                ActiveCivilServant,
                "Bertugas atau akan ditugaskan pada fungsi pemeriksaan keimigrasian di TPI",
                "Memahami dasar-dasar keimigrasian; disarankan telah mengikuti pelatihan tingkat dasar di bidang keimigrasian",
                Device,
            ],
            new InstructorProfile(
                "Dr. Yosef Parlindungan Manurung, S.H., M.H.",
                "Widyaiswara Ahli Utama, BPSDM Kementerian Imigrasi dan Pemasyarakatan",
                "Mengawali karier sebagai petugas pemeriksa di tempat pemeriksaan imigrasi bandar udara dan pelabuhan laut sebelum bergabung sebagai widyaiswara. Disertasinya membahas pengawasan lalu lintas orang di wilayah perbatasan. Ia kerap menjadi narasumber pelatihan pemeriksaan dokumen perjalanan."),
            [
                Reading("m01", "Kewenangan Pejabat Imigrasi dan Fungsi TPI", 20),
                Video("m02", "Alur Pemeriksaan Kedatangan dan Keberangkatan", 1),
                Reading("m03", "Pemeriksaan Dokumen Perjalanan, Visa, dan Izin Tinggal", 25),
                Video("m04", "Mengenali Ciri Pengamanan Dokumen dan Indikasi Pemalsuan", 1),
                Reading("m05", "Pemanfaatan Autogate dan Data Penumpang", 20),
                Video("m06", "Simulasi Penolakan Masuk dan Penundaan Keberangkatan", 1),
                Reading("m07", "Rangkuman Pemeriksaan Keimigrasian di TPI", 15),
            ],
            21, Preview("PLT-IMI-002")),

        ["PLT-IMI-003"] = new(
            "Pengawasan dan Penindakan Keimigrasian",
            "Dasar hukum pengawasan orang asing, operasi gabungan TIMPORA, tindakan administratif keimigrasian, dan penyusunan berita acara pemeriksaan.",
            CourseLevel.Advanced, 40, true, Organiser,
            Paragraphs(
                "Pelatihan tingkat lanjut ini ditujukan bagi ASN yang menjalankan fungsi intelijen, pengawasan, dan penindakan keimigrasian. Materi mencakup dasar hukum pengawasan keimigrasian terhadap orang asing menurut Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian dan peraturan pelaksanaannya, pengawasan administratif dan pengawasan lapangan, serta koordinasi lintas instansi melalui Tim Pengawasan Orang Asing (TIMPORA) dari tingkat pusat hingga daerah.",
                "Peserta mempelajari jenis Tindakan Administratif Keimigrasian, yaitu pencantuman dalam daftar pencegahan atau penangkalan; pembatasan, perubahan, atau pembatalan izin tinggal; larangan berada di tempat tertentu; keharusan bertempat tinggal di tempat tertentu; pengenaan biaya beban; dan deportasi, termasuk pendetensian di Rumah Detensi Imigrasi dalam proses pemulangan. Pelatihan juga membedakan dengan jelas tindakan administratif dari proses pro justitia atas tindak pidana keimigrasian, termasuk teknik pemeriksaan dan penyusunan berita acara pemeriksaan yang cermat, sah, dan dapat dipertanggungjawabkan.",
                "Setelah menyelesaikan pelatihan, peserta mampu merencanakan dan melaksanakan kegiatan pengawasan orang asing, menentukan tindakan administratif yang proporsional berdasarkan fakta dan dasar hukum, berkoordinasi dengan instansi terkait, serta menyusun berita acara dan dokumen penindakan dengan menjunjung tinggi etika dan hak asasi manusia."),
            [
                ActiveCivilServant,
                "Bertugas pada bidang intelijen dan penindakan keimigrasian di kantor imigrasi, Rumah Detensi Imigrasi, atau unit pusat",
                "Telah mengikuti pelatihan Pemeriksaan Keimigrasian di TPI atau memiliki pengalaman setara di bidang keimigrasian",
                Device,
            ],
            new InstructorProfile(
                "Dr. Laksmi Pratiwi Handayani, S.H., LL.M.",
                "Widyaiswara Ahli Madya, BPSDM Kementerian Imigrasi dan Pemasyarakatan",
                "Berlatar belakang hukum pidana dan hukum internasional, ia pernah bertugas di bidang intelijen dan penindakan keimigrasian sebelum menjadi widyaiswara. Ia terlibat dalam penyusunan pedoman teknis pemeriksaan dan mengajar teknik penyusunan berita acara serta etika penegakan hukum."),
            [
                Reading("m01", "Dasar Hukum Pengawasan Keimigrasian terhadap Orang Asing", 25),
                Reading("m02", "Pengawasan Administratif dan Pengawasan Lapangan", 20),
                Video("m03", "Koordinasi Tim Pengawasan Orang Asing (TIMPORA)", 1),
                Reading("m04", "Jenis dan Prosedur Tindakan Administratif Keimigrasian", 30),
                Video("m05", "Pendetensian dan Deportasi: Studi Kasus", 1),
                Reading("m06", "Teknik Pemeriksaan dan Penyusunan Berita Acara Pemeriksaan", 30),
                Video("m07", "Etika, Hak Asasi Manusia, dan Akuntabilitas dalam Penindakan", 1),
                Reading("m08", "Rangkuman Pengawasan dan Penindakan Keimigrasian", 15),
            ],
            30, Preview("PLT-IMI-003")),

        ["PLT-PAS-001"] = new(
            "Pembinaan Narapidana dan Anak Binaan",
            "Prinsip pemasyarakatan, program pembinaan kepribadian dan kemandirian, penilaian perilaku melalui Sistem Penilaian Pembinaan Narapidana (SPPN).",
            CourseLevel.Basic, 24, true, Organiser,
            Paragraphs(
                "Pelatihan ini memperkenalkan prinsip dan penyelenggaraan Sistem Pemasyarakatan sebagaimana diatur dalam Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan, dengan fokus pada fungsi pembinaan bagi Narapidana di Lembaga Pemasyarakatan dan Anak Binaan di Lembaga Pembinaan Khusus Anak. Peserta mempelajari tujuan pemasyarakatan, hak dan kewajiban Narapidana, serta peran Lapas, Rutan, LPKA, dan Bapas sebagai bagian dari sistem peradilan pidana terpadu.",
                "Materi inti membahas program pembinaan kepribadian, antara lain pembinaan kesadaran beragama, kesadaran berbangsa dan bernegara, serta kemampuan intelektual, dan program pembinaan kemandirian melalui pelatihan keterampilan dan kegiatan kerja. Peserta juga mempelajari penilaian perubahan perilaku melalui Sistem Penilaian Pembinaan Narapidana (SPPN) sebagai salah satu bahan pertimbangan program lanjutan seperti asimilasi dan integrasi, serta kekhususan pembinaan Anak Binaan yang mengedepankan kepentingan terbaik bagi anak sesuai Undang-Undang Nomor 11 Tahun 2012 tentang Sistem Peradilan Pidana Anak.",
                "Setelah mengikuti pelatihan, peserta mampu menjelaskan prinsip pemasyarakatan kepada pemangku kepentingan, melaksanakan program pembinaan sesuai kebutuhan Narapidana dan Anak Binaan, mencatat serta menilai perkembangan perilaku secara objektif, dan memperlakukan warga binaan secara manusiawi dan profesional."),
            [
                ActiveCivilServant,
                "Bertugas di Lapas, Rutan, LPKA, atau Bapas, khususnya pada bidang pembinaan",
                "Terbuka bagi pegawai yang baru ditempatkan di Unit Pelaksana Teknis Pemasyarakatan",
                Device,
            ],
            new InstructorProfile(
                "Dr. Ni Made Ayu Pradnyani, S.Psi., M.Psi., Psikolog",
                "Widyaiswara Ahli Madya, BPSDM Kementerian Imigrasi dan Pemasyarakatan",
                "Psikolog klinis yang bertahun-tahun mendampingi program asesmen dan konseling di lembaga pemasyarakatan sebelum menjadi widyaiswara. Ia menekuni pembinaan berbasis kebutuhan individu serta pembinaan Anak Binaan, dan gemar mengajak peserta membedah kasus yang telah disamarkan."),
            [
                Reading("m01", "Sistem Pemasyarakatan menurut UU Nomor 22 Tahun 2022", 25),
                Video("m02", "Peran Lapas, Rutan, LPKA, dan Bapas", 1),
                Reading("m03", "Program Pembinaan Kepribadian", 20),
                Video("m04", "Program Pembinaan Kemandirian dan Pelatihan Kerja", 1),
                Reading("m05", "Penilaian Perilaku melalui Sistem Penilaian Pembinaan Narapidana (SPPN)", 25),
                Reading("m06", "Pembinaan Anak Binaan dan Kepentingan Terbaik bagi Anak", 20),
                Reading("m07", "Rangkuman Pembinaan Narapidana dan Anak Binaan", 10),
            ],
            21, Preview("PLT-PAS-001")),

        ["PLT-PAS-002"] = new(
            "Keamanan dan Ketertiban Lembaga Pemasyarakatan",
            "Deteksi dini gangguan keamanan, penggeledahan blok hunian, pengelolaan pintu utama, dan penanganan keadaan darurat di Lapas dan Rutan.",
            CourseLevel.Intermediate, 32, true, Organiser,
            Paragraphs(
                "Pelatihan ini membekali petugas pengamanan di Lembaga Pemasyarakatan dan Rumah Tahanan Negara dengan pengetahuan dan keterampilan untuk menjaga keamanan dan ketertiban, yang merupakan bagian dari fungsi pengamanan dalam Undang-Undang Nomor 22 Tahun 2022 tentang Pemasyarakatan. Cakupan materi meliputi deteksi dini gangguan keamanan, penggeledahan blok hunian dan badan, pengelolaan pintu utama beserta pemeriksaan pengunjung dan barang, pelaksanaan kontrol dan apel, serta penanganan keadaan darurat seperti kebakaran, kerusuhan, dan upaya melarikan diri.",
                "Keamanan dan ketertiban merupakan prasyarat agar program pembinaan dapat berjalan. Masuknya barang terlarang seperti narkotika dan telepon genggam, konflik antarpenghuni, atau kelalaian prosedur pada satu titik dapat membahayakan petugas, penghuni, dan masyarakat. Karena itu, pelatihan menekankan disiplin prosedur, kerja sama regu, pencatatan dan pelaporan yang tertib, serta penggunaan kewenangan secara proporsional dengan tetap menghormati hak asasi manusia.",
                "Setelah menyelesaikan pelatihan, peserta mampu memetakan potensi gangguan keamanan di lingkungan kerjanya, melaksanakan penggeledahan dan pemeriksaan di pintu utama sesuai prosedur, menyusun laporan kejadian yang lengkap, serta mengambil langkah awal yang tepat ketika terjadi keadaan darurat sesuai arahan pimpinan."),
            [
                ActiveCivilServant,
                "Bertugas pada fungsi pengamanan di Lapas, Rutan, atau LPKA, termasuk regu jaga dan petugas pintu utama",
                "Disarankan telah mengikuti pelatihan Pembinaan Narapidana dan Anak Binaan atau memahami dasar-dasar Sistem Pemasyarakatan",
                Device,
            ],
            new InstructorProfile(
                "Agustinus Ratu Kedang, S.H., M.Si.",
                "Widyaiswara Ahli Madya, BPSDM Kementerian Imigrasi dan Pemasyarakatan",
                "Berpengalaman panjang di bidang pengamanan pemasyarakatan, mulai dari komandan regu jaga hingga memimpin kesatuan pengamanan lapas, sebelum bergabung sebagai widyaiswara. Ia memfokuskan pengajarannya pada deteksi dini, penggeledahan, dan simulasi penanganan keadaan darurat."),
            [
                Reading("m01", "Prinsip Keamanan dan Ketertiban di Lapas dan Rutan", 20),
                Video("m02", "Deteksi Dini dan Pemetaan Potensi Gangguan Keamanan", 1),
                Reading("m03", "Prosedur Penggeledahan Blok Hunian dan Penanganan Barang Terlarang", 25),
                Video("m04", "Pengelolaan Pintu Utama dan Pemeriksaan Pengunjung", 1),
                Reading("m05", "Kontrol, Apel, dan Pelaporan Regu Pengamanan", 20),
                Video("m06", "Simulasi Penanganan Keadaan Darurat", 1),
                Reading("m07", "Rangkuman Keamanan dan Ketertiban Lembaga Pemasyarakatan", 10),
            ],
            21, Preview("PLT-PAS-002")),

        ["PLT-UMM-001"] = new(
            "Orientasi ASN: Nilai Dasar BerAKHLAK",
            "Nilai dasar ASN (Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif) dan penerapannya dalam tugas sehari-hari.",
            CourseLevel.Basic, 12, false, Organiser,
            Paragraphs(
                "Pelatihan orientasi ini memperkenalkan nilai dasar ASN BerAKHLAK, yaitu Berorientasi Pelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, dan Kolaboratif. Nilai-nilai tersebut ditetapkan sebagai core values ASN melalui Surat Edaran Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 20 Tahun 2021 bersama employer branding “Bangga Melayani Bangsa”, dan kini ditegaskan sebagai nilai dasar ASN dalam Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara.",
                "Setiap nilai dibahas melalui panduan perilakunya beserta contoh penerapan dalam tugas di lingkungan Kementerian Imigrasi dan Pemasyarakatan, dari pelayanan paspor dan izin tinggal hingga pembinaan di lembaga pemasyarakatan. Pelatihan ini merupakan bagian dari pengembangan kompetensi yang menjadi hak setiap pegawai sebagaimana diatur dalam Peraturan Pemerintah Nomor 11 Tahun 2017 tentang Manajemen Pegawai Negeri Sipil yang telah diubah dengan Peraturan Pemerintah Nomor 17 Tahun 2020.",
                "Setelah mengikuti pelatihan, peserta mampu menjelaskan makna ketujuh nilai dasar ASN, mengenali perilaku yang sesuai maupun yang bertentangan dengannya di lingkungan kerja, dan menyusun rencana aksi sederhana untuk menerapkan BerAKHLAK dalam tugas sehari-hari. Pelatihan ini bersifat orientasi dan tidak menerbitkan sertifikat."),
            [
                "ASN aktif (PNS maupun PPPK) dan CPNS di lingkungan Kementerian Imigrasi dan Pemasyarakatan",
                "Terbuka untuk semua unit kerja dan jabatan",
                "Tidak memerlukan pelatihan prasyarat",
                "Komputer, laptop, atau ponsel pintar dengan peramban versi terbaru dan koneksi internet yang stabil",
            ],
            new InstructorProfile(
                "Dr. Muhammad Rizky Fadhilah, S.Sos., M.A.P.",
                "Widyaiswara Ahli Muda, BPSDM Kementerian Imigrasi dan Pemasyarakatan",
                "Menekuni kajian reformasi birokrasi dan budaya kerja aparatur. Sebelum menjadi widyaiswara, ia bertugas di bagian organisasi dan tata laksana serta terlibat dalam program penguatan budaya kerja di unit pelayanan. Ia gemar menggunakan studi kasus dan diskusi reflektif dalam mengajar."),
            [
                Video("m01", "Mengenal BerAKHLAK dan “Bangga Melayani Bangsa”", 1),
                Reading("m02", "Berorientasi Pelayanan, Akuntabel, dan Kompeten", 20),
                Reading("m03", "Harmonis, Loyal, Adaptif, dan Kolaboratif", 20),
                Video("m04", "BerAKHLAK dalam Layanan Keimigrasian dan Pemasyarakatan", 1),
                Reading("m05", "Menyusun Rencana Aksi Penerapan BerAKHLAK", 15),
                Reading("m06", "Rangkuman Nilai Dasar BerAKHLAK", 10),
            ],
            7, Preview("PLT-UMM-001")),
    };

    private static string Paragraphs(params string[] paragraphs) => string.Join("\n\n", paragraphs);

    private static MaterialOutline Reading(string id, string title, int minutes) => new(id, title, MaterialKind.Reading, minutes);

    private static MaterialOutline Video(string id, string title, int minutes) => new(id, title, MaterialKind.Video, minutes);

    /// <summary>The committed preview clip of a demo training (made by scripts/media/make-previews.py).</summary>
    private static string Preview(string code) => $"/media/pratinjau/{code}.webm";
}
