using Mooc.Silo.EventStore;
using Mooc.Grains.Abstractions.Learning;

namespace Mooc.Silo.Learning;

/// <summary>A learner as rebuilt from their stream.</summary>
public sealed class LearnerState : IStreamState
{
    private readonly HashSet<string> _enrolled = new(StringComparer.Ordinal);

    public long Version { get; private set; }

    public IReadOnlyCollection<string> Enrolled => _enrolled;

    public static string StreamKey(string username) => $"learner:{username}";

    public void Apply(object @event)
    {
        if (@event is LearnerEnrolled enrolled)
        {
            _enrolled.Add(enrolled.CourseCode);
        }

        Version++;
    }

    public bool IsEnrolled(string courseCode) => _enrolled.Contains(courseCode);
}
