using Microsoft.Extensions.Localization;

namespace Mooc.WebFrontend.ExamBanks;

/// <summary>Each problem of a question CSV in the user's words.</summary>
public static class QuestionCsvMessages
{
    public static string For(QuestionCsvError e, IStringLocalizer text) => e.Problem switch
    {
        QuestionCsvProblem.Unreadable => text["Berkas tidak dapat dibaca sebagai CSV: {0}", e.Detail],
        QuestionCsvProblem.Empty => text["Berkas kosong: baris pertama harus berisi judul kolom."],
        QuestionCsvProblem.MissingColumns => text["Kolom wajib tidak ditemukan: {0}.", e.Detail],
        QuestionCsvProblem.TooManyRows => text["Berkas berisi lebih dari {0} soal; bagi menjadi beberapa berkas.", e.Detail],
        QuestionCsvProblem.NoRows => text["Berkas tidak berisi baris soal."],
        QuestionCsvProblem.MissingText => text["Teks pertanyaan kosong."],
        QuestionCsvProblem.TextTooLong => text["Teks pertanyaan lebih dari 4.000 karakter."],
        QuestionCsvProblem.TooFewOptions => text["Hanya {0} pilihan jawaban terisi; perlu 4 atau 5.", e.Detail],
        QuestionCsvProblem.OptionTooLong => text["Pilihan jawaban lebih dari 1.000 karakter."],
        QuestionCsvProblem.OptionGap => text["Pilihan ini kosong padahal pilihan sesudahnya terisi; isi pilihan berurutan dari A."],
        QuestionCsvProblem.AnswerInvalid => text["Jawaban \"{0}\" tidak valid; isi satu huruf A–E.", e.Detail],
        QuestionCsvProblem.AnswerEmptyOption => text["Jawaban {0} menunjuk pilihan yang kosong.", e.Detail],
        QuestionCsvProblem.InvalidId => text["ID soal tidak valid: gunakan 1–40 huruf, angka, tanda hubung atau garis bawah."],
        QuestionCsvProblem.DuplicateId => text["ID soal ini sudah dipakai di baris {0}.", e.Detail],
        _ => text["Baris ini tidak valid."],
    };
}
