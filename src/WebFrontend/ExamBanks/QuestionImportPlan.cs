using Mooc.Grains.Abstractions.Exams;

namespace Mooc.WebFrontend.ExamBanks;

/// <summary>The bank after an import of good rows, and what changed. Pure, so the rules are unit-tested.</summary>
public static class QuestionImportPlan
{
    public static (IReadOnlyList<ExamQuestion> Bank, QuestionImportSummary Summary) Apply(IReadOnlyList<ExamQuestion> current, IReadOnlyList<QuestionCsvRow> rows, QuestionImportMode mode)
    {
        var byId = current.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var next = QuestionIds.Generator(current.Select(q => q.Id).Concat(rows.Select(r => r.Id ?? "")));
        var bank = mode == QuestionImportMode.Append ? current.ToList() : [];
        int added = 0, replaced = 0, unchanged = 0;
        foreach (var row in rows)
        {
            var question = new ExamQuestion(row.Id ?? next(), row.Text, row.Options, row.CorrectOption);
            if (!byId.TryGetValue(question.Id, out var old))
            {
                added++;
                bank.Add(question);
                continue;
            }

            var same = old.Text == question.Text && old.CorrectOption == question.CorrectOption && old.Options.SequenceEqual(question.Options);
            if (same)
            {
                unchanged++;
            }
            else
            {
                replaced++;
            }

            if (mode == QuestionImportMode.Append)
            {
                bank[bank.FindIndex(q => q.Id == question.Id)] = same ? old : question;
            }
            else
            {
                bank.Add(same ? old : question);
            }
        }

        var removed = mode == QuestionImportMode.ReplaceAll ? current.Count(q => rows.All(r => r.Id != q.Id)) : 0;
        return (bank, new QuestionImportSummary(added, replaced, unchanged, removed, bank.Count));
    }
}
