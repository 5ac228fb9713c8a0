namespace Mooc.IntegrationTests.Refusals;

/// <summary>
/// Every page and endpoint whose route or query carries an id, and the hostile requests tried on it.
/// <code>
/// Address                                        Who may open          Ids tried
/// /ujian/{attemptId:guid}                        the attempt's owner   another's (running, handed in), empty Guid, non-Guid, script
/// /sertifikat/{number}/{handler?} (Pdf)          the holder            another's number (page and PDF), script, huge, unicode
/// /verifikasi/{number?}                          anyone                script, huge (404 "tidak ditemukan", reflects nothing raw)
/// /riwayat-ujian, /pelatihan-saya (?query)       the learner           another's username in the query (ignored)
/// /pelatihan/{code}, /belajar/{code}/{material?} anyone / enrolled     script, huge, unknown material
/// /berita/{slug}                                 anyone                script, huge
/// /captcha/{id:guid}.png                         anyone                empty Guid, non-Guid
/// /media/unggahan/{file}                         anyone                unknown id, path traversal, non-id
/// /status/{code:int}                             anyone                out of range
/// /admin/** (akun/{username}, pelatihan/{code}[/materi/{id}|/ujian[/soal/{id}|/impor]], berita/tulis/{slug},
///   ujian/{code}, percobaan/{attemptId}, laporan?filters, jadwal/form?id, bank-soal, akun/impor)
///                                                admins only           a learner (GET and POST with a valid token), anonymous;
///                                                                      as admin: script, huge, empty Guid, unknown ids, bad filters
/// </code>
/// </summary>
public static class PageInventory
{
    private const string Script = "%3Cscript%3Ealert(1)%3C%2Fscript%3E";
    private static readonly string Huge = new('A', 4_000);

    public static IReadOnlyList<PageCase> Cases { get; } = Build();

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var c in Cases)
        {
            data.Add(c.Name);
        }

        return data;
    }

    public static PageCase Find(string name) => Cases.Single(c => c.Name == name);

    private static List<PageCase> Build()
    {
        int[] notFound = [404];
        int[] redirect = [302];
        int[] shown = [200];
        var get = HttpMethod.Get;
        var post = HttpMethod.Post;
        var learner = PageCaller.Learner;
        var admin = PageCaller.Admin;
        var anonymous = PageCaller.Anonymous;
        var cases = new List<PageCase>
        {
            // Another learner's ids.
            new("GET /ujian/{another learner's running attempt}", learner, get, s => $"ujian/{s.SitiLive}", notFound),
            new("GET /ujian/{another learner's handed-in attempt}", learner, get, s => $"ujian/{s.SitiDone}", notFound),
            new("GET /sertifikat/{another learner's number}", learner, get, s => $"sertifikat/{s.SitiCertificate}", notFound),
            new("GET /sertifikat/{another learner's number}/Pdf", learner, get, s => $"sertifikat/{s.SitiCertificate}/Pdf", notFound),
            new("GET /riwayat-ujian?username={another learner}", learner, get, _ => $"riwayat-ujian?username={RefusalStack.Siti}&user={RefusalStack.Siti}", shown),
            new("GET /pelatihan-saya?username={another learner}", learner, get, _ => $"pelatihan-saya?username={RefusalStack.Siti}", shown),
            new("GET /Dashboard?username={another learner}", learner, get, _ => $"Dashboard?username={RefusalStack.Siti}", shown),

            // Malformed ids.
            new("GET /ujian/{empty Guid}", learner, get, _ => $"ujian/{Guid.Empty}", notFound),
            new("GET /ujian/{not a Guid}", learner, get, _ => "ujian/bukan-guid", notFound),
            new("GET /ujian/{script}", learner, get, _ => $"ujian/{Script}", notFound),
            new("GET /sertifikat/{script}", learner, get, _ => $"sertifikat/{Script}", notFound),
            new("GET /sertifikat/{4,000 characters}", learner, get, _ => $"sertifikat/{Huge}", notFound),
            new("GET /sertifikat/{unicode}/Pdf", learner, get, _ => "sertifikat/%E6%B5%8B%E8%AF%95-%C3%9C/Pdf", notFound),
            new("GET /verifikasi/{script}", anonymous, get, _ => $"verifikasi/{Script}", notFound),
            new("GET /verifikasi/{4,000 characters}", anonymous, get, _ => $"verifikasi/{Huge}", notFound),
            new("GET /pelatihan/{script}", anonymous, get, _ => $"pelatihan/{Script}", notFound),
            new("GET /pelatihan/{4,000 characters}", anonymous, get, _ => $"pelatihan/{Huge}", notFound),
            new("GET /belajar/{script}", learner, get, _ => $"belajar/{Script}", notFound),
            new("GET /belajar/{code}/{script}", learner, get, _ => $"belajar/{RefusalStack.Live}/{Script}", notFound),
            new("GET /berita/{script}", anonymous, get, _ => $"berita/{Script}", notFound),
            new("GET /berita/{4,000 characters}", anonymous, get, _ => $"berita/{Huge}", notFound),
            new("GET /captcha/{empty Guid}.png", anonymous, get, _ => $"captcha/{Guid.Empty}.png", notFound),
            new("GET /captcha/{not a Guid}.png", anonymous, get, _ => "captcha/bukan-guid.png", notFound),
            new("GET /media/unggahan/{unknown id}", anonymous, get, _ => $"media/unggahan/{Guid.NewGuid():N}.mp4", notFound),
            new("GET /media/unggahan/{path traversal}", anonymous, get, _ => "media/unggahan/..%2F..%2Fetc%2Fpasswd", notFound),
            new("GET /media/unggahan/{script}", anonymous, get, _ => $"media/unggahan/{Script}.mp4", notFound),
            new("GET /status/{out of range}", anonymous, get, _ => "status/99999999999", notFound),
            new("GET /riwayat-ujian?sort={script}", learner, get, _ => $"riwayat-ujian?urut={Script}&sort={Script}", shown),

            // Signed out: learner pages with ids go to Login.
            new("GET /ujian/{attempt} signed out", anonymous, get, s => $"ujian/{s.SitiLive}", redirect, "Login"),
            new("GET /sertifikat/{number} signed out", anonymous, get, s => $"sertifikat/{s.SitiCertificate}", redirect, "Login"),
            new("GET /sertifikat/{number}/Pdf signed out", anonymous, get, s => $"sertifikat/{s.SitiCertificate}/Pdf", redirect, "Login"),
            new("GET /riwayat-ujian signed out", anonymous, get, _ => "riwayat-ujian", redirect, "Login"),
            new("GET /admin/percobaan/{attempt} signed out", anonymous, get, s => $"admin/percobaan/{s.SitiDone}", redirect, "Login"),
            new("POST /admin/akun/{username}?handler=Lock signed out", anonymous, post, _ => $"admin/akun/{RefusalStack.Siti}?handler=Lock", [302, 400]),

            // Admin pages with bad ids.
            new("GET /admin/percobaan/{empty Guid} as admin", admin, get, _ => $"admin/percobaan/{Guid.Empty}", notFound),
            new("GET /admin/percobaan/{unknown attempt} as admin", admin, get, _ => $"admin/percobaan/{Guid.NewGuid()}", notFound),
            new("GET /admin/percobaan/{not a Guid} as admin", admin, get, _ => "admin/percobaan/bukan-guid", notFound),
            new("GET /admin/akun/{script} as admin", admin, get, _ => $"admin/akun/{Script}", notFound),
            new("GET /admin/akun/{4,000 characters} as admin", admin, get, _ => $"admin/akun/{Huge}", notFound),
            new("GET /admin/pelatihan/{script} as admin", admin, get, _ => $"admin/pelatihan/{Script}", notFound),
            new("GET /admin/pelatihan/{code}/materi/{script} as admin", admin, get, _ => $"admin/pelatihan/{RefusalStack.Live}/materi/{Script}", notFound),
            new("GET /admin/pelatihan/{script}/ujian as admin", admin, get, _ => $"admin/pelatihan/{Script}/ujian", notFound),
            new("GET /admin/pelatihan/{code}/ujian/soal/{script} as admin", admin, get, _ => $"admin/pelatihan/{RefusalStack.Live}/ujian/soal/{Script}", notFound),
            new("GET /admin/pelatihan/{script}/ujian/impor as admin", admin, get, _ => $"admin/pelatihan/{Script}/ujian/impor", notFound),
            new("GET /admin/ujian/{script} as admin", admin, get, _ => $"admin/ujian/{Script}", notFound),
            new("GET /admin/berita/tulis/{script} as admin", admin, get, _ => $"admin/berita/tulis/{Script}", notFound),
            new("GET /admin/jadwal/form?id={not a Guid} as admin", admin, get, _ => $"admin/jadwal/form?id={Script}&kode={Script}", [200, 302, 404]),
            new("GET /admin/laporan?filters={script} as admin", admin, get, _ => $"admin/laporan?pelatihan={Script}&dari=bukan-tanggal&sampai={Huge}", [200, 400]),
            new("GET /admin/percobaan?q={script} as admin", admin, get, _ => $"admin/percobaan?q={Script}", shown),
            new("GET /admin/akun?q={script} as admin", admin, get, _ => $"admin/akun?q={Script}&halaman=-1", shown),
        };

        // A learner on every admin page, by GET and by POST (with a valid antiforgery token of his own session).
        string[] adminGets =
        [
            "admin/akun", "admin/akun/{siti}", "admin/akun/impor", "admin/bank-soal", "admin/jadwal", "admin/jadwal/form",
            "admin/pelatihan", "admin/pelatihan/{live}", "admin/pelatihan/{live}/materi/m01", "admin/pelatihan/{live}/ujian",
            "admin/pelatihan/{live}/ujian/soal", "admin/pelatihan/{live}/ujian/impor", "admin/berita", "admin/berita/tulis",
            "admin/ujian", "admin/ujian/{live}", "admin/laporan?pelatihan={finished}", "admin/percobaan?q={siti}", "admin/percobaan/{sitiDone}",
        ];
        foreach (var path in adminGets)
        {
            cases.Add(new($"GET /{path} as a learner", learner, get, s => Fill(path, s), redirect, "AksesDitolak"));
        }

        string[] adminPosts =
        [
            "admin/akun/{siti}?handler=Lock", "admin/akun/{siti}?handler=Unlock", "admin/akun/{siti}?handler=Reset", "admin/akun/impor",
            "admin/bank-soal", "admin/jadwal/form", "admin/jadwal?handler=Batalkan", "admin/pelatihan", "admin/pelatihan/{live}?handler=Tarik",
            "admin/pelatihan/{live}?handler=Terbitkan", "admin/pelatihan/{live}/materi/m01", "admin/pelatihan/{live}/ujian?handler=Terbitkan",
            "admin/pelatihan/{live}/ujian/soal", "admin/pelatihan/{live}/ujian/impor", "admin/berita/tulis", "admin/berita?handler=Hapus",
            "admin/laporan", "admin/percobaan/{sitiDone}?handler=BukaKembali",
        ];
        foreach (var path in adminPosts)
        {
            cases.Add(new($"POST /{path} as a learner", learner, post, s => Fill(path, s), redirect, "AksesDitolak"));
        }

        return cases;
    }

    private static string Fill(string path, RefusalStack s) => path
        .Replace("{siti}", RefusalStack.Siti, StringComparison.Ordinal)
        .Replace("{live}", RefusalStack.Live, StringComparison.Ordinal)
        .Replace("{finished}", RefusalStack.Finished, StringComparison.Ordinal)
        .Replace("{sitiDone}", s.SitiDone.ToString(), StringComparison.Ordinal);
}
