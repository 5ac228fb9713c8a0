using Mooc.Grains.Abstractions.Sittings;
using Mooc.Silo.EventStore;

namespace Mooc.Silo.Sittings;

/// <summary>A sitting's admission queue as rebuilt from its stream: each examinee's place.</summary>
public sealed class ExamAdmissionState : IStreamState
{
    private readonly Dictionary<string, int> _places = new(StringComparer.Ordinal);

    public long Version { get; private set; }

    public int Count => _places.Count;

    public static string StreamKey(Guid sittingId) => $"exam-admission:{sittingId:N}";

    public void Apply(object @event)
    {
        if (@event is ExamSittingAdmitted e)
        {
            for (var i = 0; i < e.Usernames.Count; i++)
            {
                _places.TryAdd(e.Usernames[i], e.FirstPosition + i);
            }
        }

        Version++;
    }

    public int? PlaceOf(string username) => _places.TryGetValue(username, out var place) ? place : null;

    /// <summary>The next places, in the order given, for those who have none yet; nothing when all have one.</summary>
    public IReadOnlyList<object> DecideAdmit(Guid sittingId, IEnumerable<string> usernames, DateTimeOffset now)
    {
        var newcomers = usernames.Where(u => !_places.ContainsKey(u)).Distinct(StringComparer.Ordinal).ToList();
        return newcomers.Count == 0 ? [] : [new ExamSittingAdmitted(sittingId, Count, newcomers, now)];
    }
}
