using System.Net;
using System.Text.Json;
using Mooc.Grains.Abstractions.Exams;
using Mooc.IntegrationTests.Exams;
using Mooc.TestSupport;

namespace Mooc.IntegrationTests.ContentAdmin;

/// <summary>
/// "Bank Soal &amp; Ujian" against the product's processes: the admin changes the settings and the next attempt uses them;
/// a good CSV is imported, a bad one is reported row by row and changes nothing; an attempt in progress keeps its questions.
/// </summary>
[Collection(ContentAdminStack.Collection)]
public sealed class ExamBankAdminTests(ContentAdminStack stack)
{
    private const string Andi = "199001012015031001";

    [Fact]
    public async Task SettingsSavedByTheAdmin_ShouldApplyToTheNextAttemptAndABadValueShouldChangeNothing()
    {
        var code = await stack.TrainingAsync("UJI-BANK-SET");
        using var admin = await stack.AdminAsync("127.0.0.81");
        var path = $"admin/pelatihan/{code}/ujian";
        var settings = new Dictionary<string, string>
        {
            ["Form.QuestionsPerAttempt"] = "5", ["Form.DurationMinutes"] = "45", ["Form.PassingGrade"] = "0", ["Form.MaxAttempts"] = "2",
            ["Form.ShuffleQuestions"] = "false", ["Form.ShuffleOptions"] = "false", ["Form.RequireAllMaterials"] = "true",
        };

        using (var refused = await ContentAdminStack.PostAsync(admin, path, path + "?handler=Pengaturan", settings))
        {
            // The page encodes non-ASCII characters (the dash); compare what the admin reads.
            var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
            Assert.Contains("Nilai Kelulusan harus 1–100.", html, StringComparison.Ordinal);
            Assert.Matches("data-testid=\"error-PassingGrade\"[^>]*>Nilai Kelulusan harus", html);
        }

        Assert.Equal(1, (await stack.ExamAsync(code))!.Revision);

        settings["Form.PassingGrade"] = "80";
        using (var saved = await ContentAdminStack.PostAsync(admin, path, path + "?handler=Pengaturan", settings))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        Assert.Contains("Pengaturan ujian disimpan.", await admin.GetStringAsync(path), StringComparison.Ordinal);
        var exam = (await stack.ExamAsync(code))!;
        Assert.Equal(("admin", 2), (exam.EditedBy, exam.Revision));

        var attempt = await ExamFixture.StartAsync(stack.Exams.Grains, Andi, code);
        using var started = await StartedAsync(attempt);
        var e = started.RootElement;
        Assert.Equal((80, 2), (e.GetProperty("PassingGrade").GetInt32(), e.GetProperty("MaxAttempts").GetInt32()));
        Assert.Equal(TimeSpan.FromMinutes(45), e.GetProperty("Deadline").GetDateTimeOffset() - e.GetProperty("StartedAt").GetDateTimeOffset());
        // Five of five, in the bank's order (no shuffling), options as written.
        Assert.Equal(["q01", "q02", "q03", "q04", "q05"], e.GetProperty("Questions").EnumerateArray().Select(q => q.GetProperty("QuestionId").GetString()));
        Assert.Equal([1, 2, 3, 0, 1], e.GetProperty("Questions").EnumerateArray().Select(q => q.GetProperty("CorrectOption").GetInt32()));
    }

    [Fact]
    public async Task GoodCsv_ShouldBeImportedIntoTheBankInOneEdit()
    {
        var code = await stack.TrainingAsync("UJI-BANK-CSV");
        using var admin = await stack.AdminAsync("127.0.0.82");
        const string csv = "id;pertanyaan;opsi_a;opsi_b;opsi_c;opsi_d;opsi_e;jawaban\n"
            + "q01;Pertanyaan nomor 1, diperbaiki?;A;B;C;D;;D\n"
            + ";\"Soal baru; dengan\nbaris kedua\";Satu;Dua;Tiga;Empat;Lima;e\n"
            + "impor-1;Soal dengan id sendiri?;A;B;C;D;;B\n";

        var html = await ContentAdminStack.ImportAsync(admin, code, csv, "tambahkan");

        Assert.Equal("2", HtmlForm.Hidden(html, "Revision"));
        Assert.Contains("Impor berhasil: 2 soal ditambahkan, 1 diganti, 0 tidak berubah, 0 dihapus. Bank soal kini berisi 7 soal.", html, StringComparison.Ordinal);
        var exam = (await stack.ExamAsync(code))!;
        Assert.Equal(2, exam.Revision);
        Assert.Equal(["q01", "q02", "q03", "q04", "q05", "q06", "impor-1"], exam.Exam.Questions.Select(q => q.Id));
        Assert.Equal(("Pertanyaan nomor 1, diperbaiki?", 3), (exam.Exam.Questions[0].Text, exam.Exam.Questions[0].CorrectOption));
        Assert.Equal(("Soal baru; dengan\nbaris kedua", 5, 4), (exam.Exam.Questions[5].Text, exam.Exam.Questions[5].Options.Count, exam.Exam.Questions[5].CorrectOption));
    }

    [Fact]
    public async Task BadCsv_ShouldShowEveryRowsProblemAndLeaveTheBankUnchanged()
    {
        var code = await stack.TrainingAsync("UJI-BANK-BAD");
        using var admin = await stack.AdminAsync("127.0.0.83");
        const string csv = "id,pertanyaan,opsi_a,opsi_b,opsi_c,opsi_d,opsi_e,jawaban\n"
            + "b1,Baik?,A,B,C,D,,A\n"
            + "b2,,A,B,C,D,,A\n"
            + "b3,Tiga pilihan?,A,B,C,,,A\n"
            + "b4,Jawaban salah?,A,B,C,D,,F\n"
            + "b1,Ganda?,A,B,C,D,,A\n";

        var html = WebUtility.HtmlDecode(await ContentAdminStack.ImportAsync(admin, code, csv, "ganti-semua"));

        Assert.Contains("Tidak ada soal yang diimpor: perbaiki 4 kesalahan berikut", html, StringComparison.Ordinal);
        foreach (var (row, column, message) in new[]
        {
            (3, "pertanyaan", "Teks pertanyaan kosong."), (4, "opsi_a–opsi_e", "Hanya 3 pilihan jawaban terisi; perlu 4 atau 5."),
            (5, "jawaban", "Jawaban \"F\" tidak valid; isi satu huruf A–E."), (6, "id", "ID soal ini sudah dipakai di baris 2."),
        })
        {
            Assert.Matches($"data-row=\"{row}\" data-column=\"{column}\"[^>]*>\\s*<td>{row}</td>\\s*<td><code>{column}</code></td>\\s*<td>{System.Text.RegularExpressions.Regex.Escape(message)}</td>", html);
        }

        var exam = (await stack.ExamAsync(code))!;
        Assert.Equal((1, 5), (exam.Revision, exam.Exam.Questions.Count));
    }

    [Fact]
    public async Task BankEditedDuringAnAttempt_ShouldLeaveThatAttemptsQuestionsAndGradingUnchanged()
    {
        var code = await stack.TrainingAsync("UJI-BANK-RUN");
        var attemptId = await ExamFixture.StartAsync(stack.Exams.Grains, Andi, code);
        var attempt = stack.Exams.Grains.GetGrain<IExamAttemptGrain>(attemptId);
        var before = (await attempt.GetViewAsync(Andi)).Questions.Select(q => (q.Text, string.Join("|", q.Options))).ToList();
        using var admin = await stack.AdminAsync("127.0.0.84");
        var path = $"admin/pelatihan/{code}/ujian";

        // Edit one question (text, options, key), delete another, then replace the whole bank.
        using (await ContentAdminStack.PostAsync(admin, path + "/soal/q01", path + "/soal/q01", new Dictionary<string, string>
        {
            ["Form.Text"] = "Teks baru?", ["Form.Options[0]"] = "W", ["Form.Options[1]"] = "X", ["Form.Options[2]"] = "Y", ["Form.Options[3]"] = "Z", ["Form.CorrectOption"] = "3",
        }))
        {
        }

        using (await ContentAdminStack.PostAsync(admin, path, path + "?handler=Hapus&id=q02", new Dictionary<string, string>()))
        {
        }

        var replaced = await ContentAdminStack.ImportAsync(admin, code, "pertanyaan;opsi_a;opsi_b;opsi_c;opsi_d;jawaban\nLain 1?;a;b;c;d;A\nLain 2?;a;b;c;d;B\nLain 3?;a;b;c;d;C\n", "ganti-semua");
        Assert.Contains("Bank soal kini berisi 3 soal.", replaced, StringComparison.Ordinal);
        var bank = (await stack.ExamAsync(code))!.Exam.Questions;
        Assert.DoesNotContain(bank, q => q.Id is "q01" or "q02");

        Assert.Equal(before, (await attempt.GetViewAsync(Andi)).Questions.Select(q => (q.Text, string.Join("|", q.Options))).ToList());
        var key = await AttemptKey.ReadAsync(stack.Exams.Product.Database, attemptId);
        for (var n = 1; n <= key.Count; n++)
        {
            Assert.Equal(AnswerAckStatus.Saved, (await attempt.SelectAnswerAsync(Andi, n, key[n - 1], n)).Status);
        }

        Assert.Equal(100, (await attempt.SubmitAsync(Andi)).Outcome!.Score);
        // The replay judges the answers against the attempt's own questions, though q01 and q02 are gone from the bank.
        var replay = await admin.GetStringAsync($"admin/percobaan/{attemptId}");
        Assert.Matches(@"100 <span class=""badge text-bg-success"">Lulus</span>", replay);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(replay, "data-correct=\"true\"").Count);
    }

    [Fact]
    public async Task QuestionEditor_ShouldRefuseBadInputNextToItsFieldAndKeepIdsAcrossEdits()
    {
        var code = await stack.TrainingAsync("UJI-BANK-EDIT");
        using var admin = await stack.AdminAsync("127.0.0.85");
        var path = $"admin/pelatihan/{code}/ujian/soal";
        var fields = new Dictionary<string, string> { ["Form.Text"] = "Soal baru?", ["Form.Options[0]"] = "A", ["Form.Options[1]"] = "B", ["Form.Options[2]"] = "C", ["Form.CorrectOption"] = "0" };

        using (var refused = await ContentAdminStack.PostAsync(admin, path, path, fields))
        {
            Assert.Matches("data-testid=\"error-Options\"[^>]*>Isi 4 atau 5 pilihan jawaban", await refused.Content.ReadAsStringAsync());
        }

        fields["Form.Options[3]"] = "D";
        fields.Remove("Form.CorrectOption");
        using (var refused = await ContentAdminStack.PostAsync(admin, path, path, fields))
        {
            Assert.Matches("data-testid=\"error-CorrectOption\"[^>]*>Tandai satu pilihan", await refused.Content.ReadAsStringAsync());
        }

        Assert.Equal(1, (await stack.ExamAsync(code))!.Revision);
        fields["Form.CorrectOption"] = "3";
        using (var added = await ContentAdminStack.PostAsync(admin, path, path, fields))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        fields["Form.Text"] = "Soal baru, diperbaiki?";
        using (await ContentAdminStack.PostAsync(admin, path + "/q06", path + "/q06", fields))
        {
        }

        var exam = (await stack.ExamAsync(code))!;
        Assert.Equal(["q01", "q02", "q03", "q04", "q05", "q06"], exam.Exam.Questions.Select(q => q.Id));
        Assert.Equal(("Soal baru, diperbaiki?", 3, 3), (exam.Exam.Questions[5].Text, exam.Exam.Questions[5].CorrectOption, exam.Revision));
        Assert.Contains("Soal baru, diperbaiki?", await admin.GetStringAsync($"admin/pelatihan/{code}/ujian?cari=diperbaiki"), StringComparison.Ordinal);
    }

    private async Task<JsonDocument> StartedAsync(Guid attemptId) => JsonDocument.Parse(
        (await stack.Exams.Product.Database.ScalarAsync<string>($"select data::text from mooc.mt_events where stream_id = 'attempt:{attemptId:N}' and type = 'exam_started'"))!);
}
