using System.Text.Json;

namespace Mooc.TestSupport;

/// <summary>An attempt's answer key as the examinee sees the questions: read from its ExamStarted event in PostgreSQL.</summary>
public static class AttemptKey
{
    /// <summary>The correct option of each question number, in the attempt's own question and option order.</summary>
    public static async Task<IReadOnlyList<int>> ReadAsync(TestDatabase database, Guid attemptId)
    {
        var json = await database.ScalarAsync<string>($"select data::text from mooc.mt_events where stream_id = 'attempt:{attemptId:N}' and type = 'exam_started'")
            ?? throw new InvalidOperationException($"Attempt {attemptId} has no ExamStarted event.");
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("Questions").EnumerateArray().Select(q => q.GetProperty("CorrectOption").GetInt32()).ToList();
    }
}
