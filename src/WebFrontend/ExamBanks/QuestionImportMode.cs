namespace Mooc.WebFrontend.ExamBanks;

/// <summary>"Tambahkan": rows are added, a row with an existing id replaces that question. "Ganti semua": the file becomes the bank.</summary>
public enum QuestionImportMode
{
    Append = 1,
    ReplaceAll = 2,
}
