using Microsoft.Extensions.Localization;
using Mooc.Grains.Abstractions.Exams;

namespace Mooc.WebFrontend.ExamBanks;

/// <summary>Each rule the course grain refuses an exam by, in the user's words, with the form field it belongs next to ("" = the whole form).</summary>
public static class ExamRuleMessages
{
    public static (string Field, string Message) For(ExamRule rule, string? questionId, int bankSize, IStringLocalizer text) => rule switch
    {
        ExamRule.Duration => ("DurationMinutes", text["Durasi ujian harus 1–600 menit."]),
        ExamRule.PassingGrade => ("PassingGrade", text["Nilai Kelulusan harus 1–100."]),
        ExamRule.MaxAttempts => ("MaxAttempts", text["Batas percobaan harus 1–20 kali."]),
        ExamRule.QuestionsPerAttempt when bankSize == 0 => ("QuestionsPerAttempt", text["Bank soal masih kosong: tambahkan soal atau impor soal terlebih dahulu."]),
        ExamRule.QuestionsPerAttempt => ("QuestionsPerAttempt", text["Jumlah soal per percobaan harus 1 sampai jumlah soal di bank soal ({0}).", bankSize]),
        ExamRule.DuplicateQuestionId => ("", text["ID soal {0} dipakai lebih dari sekali.", questionId ?? ""]),
        ExamRule.QuestionId => ("", text["ID soal {0} tidak valid: gunakan 1–40 huruf, angka, tanda hubung atau garis bawah.", questionId ?? ""]),
        ExamRule.QuestionText => ("Text", text["Teks soal wajib diisi, paling banyak 4.000 karakter."]),
        ExamRule.Options => ("Options", text["Isi 4 atau 5 pilihan jawaban berurutan, masing-masing paling banyak 1.000 karakter."]),
        ExamRule.CorrectOption => ("CorrectOption", text["Tandai satu pilihan yang terisi sebagai jawaban benar."]),
        ExamRule.IncidentLimit => ("IncidentLimit", text["Batas pelanggaran harus 1–{0}.", ExamSettings.MaxIncidentLimit]),
        ExamRule.Stale => ("", text["Ujian ini baru saja diubah oleh admin lain. Muat ulang halaman, lalu ulangi perubahan Anda."]),
        ExamRule.CourseNotPublished => ("", text["Pelatihan ini belum diterbitkan; terbitkan pelatihan sebelum ujiannya."]),
        _ => ("", text["Perubahan ditolak; tidak ada yang diubah."]),
    };
}
