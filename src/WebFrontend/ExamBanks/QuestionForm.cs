using Mooc.Grains.Abstractions.Exams;

namespace Mooc.WebFrontend.ExamBanks;

/// <summary>The question form: text, five option boxes (A–E, the fifth optional) and the correct one.</summary>
public sealed class QuestionForm
{
    public string? Text { get; set; }

    public string?[] Options { get; set; } = new string?[ExamQuestion.MaxOptions];

    /// <summary>0-based (A = 0); null when none is marked.</summary>
    public int? CorrectOption { get; set; }

    public static QuestionForm From(ExamQuestion q) => new()
    {
        Text = q.Text,
        Options = Enumerable.Range(0, ExamQuestion.MaxOptions).Select(i => i < q.Options.Count ? q.Options[i] : null).ToArray(),
        CorrectOption = q.CorrectOption,
    };

    /// <summary>The question as typed: options up to the last filled box (a blank one before it breaks the options rule).</summary>
    public ExamQuestion ToQuestion(string id)
    {
        var boxes = Enumerable.Range(0, ExamQuestion.MaxOptions).Select(i => i < Options.Length ? Options[i]?.Trim() ?? "" : "").ToList();
        var count = boxes.FindLastIndex(o => o.Length > 0) + 1;
        var correct = CorrectOption is { } c && c >= 0 && c < count && boxes[c].Length > 0 ? c : -1;
        return new ExamQuestion(id, Text?.Trim() ?? "", boxes.Take(count).ToList(), correct);
    }
}
