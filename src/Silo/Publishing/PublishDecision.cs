using System.Text.Json;

namespace Mooc.Silo.Publishing;

/// <summary>
/// The rule shared by everything an editor publishes (courses, news): first publish, revise when the
/// content differs, nothing when it is the same. Content records hold lists, whose record equality is by
/// reference, so "the same" means the same JSON.
/// </summary>
public static class PublishDecision
{
    public static IReadOnlyList<object> Decide<T>(T? current, T proposed, Func<object> published, Func<object> revised)
        where T : class
    {
        if (current is null)
        {
            return [published()];
        }

        return SameContent(current, proposed) ? [] : [revised()];
    }

    public static bool SameContent<T>(T a, T b) =>
        JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b);
}
