namespace Mooc.WebFrontend.ExamBanks;

/// <summary>What an import did (or would do) to the bank.</summary>
public sealed record QuestionImportSummary(int Added, int Replaced, int Unchanged, int Removed, int BankSize);
