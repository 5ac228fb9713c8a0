using System.Globalization;

namespace Mooc.WebFrontend.ExamBanks;

/// <summary>Ids for new questions: <c>q</c> and the next number after every <c>q&lt;n&gt;</c> id ever seen, so an id is never reused.</summary>
public static class QuestionIds
{
    public static Func<string> Generator(IEnumerable<string> taken)
    {
        var max = taken.Select(id => id.Length > 1 && id[0] == 'q' && int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        return () => string.Create(CultureInfo.InvariantCulture, $"q{++max:00}");
    }
}
