using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Learning;
using Mooc.Silo.EventStore;

namespace Mooc.Silo.Learning;

/// <summary>A learner as rebuilt from their stream: enrolments, completed materials, completed trainings.</summary>
public sealed class LearnerState : IStreamState
{
    private readonly Dictionary<string, LearnerCourseState> _courses = new(StringComparer.Ordinal);

    public long Version { get; private set; }

    public static string StreamKey(string username) => $"learner:{username}";

    public void Apply(object @event)
    {
        switch (@event)
        {
            case LearnerEnrolled e:
                _courses.TryAdd(e.CourseCode, new LearnerCourseState());
                break;
            case MaterialCompleted e when _courses.TryGetValue(e.CourseCode, out var course):
                course.CompletedMaterials.Add(e.MaterialId);
                break;
            case ExamAttemptOpened e when _courses.TryGetValue(e.CourseCode, out var course):
                course.OpenAttempt = e.AttemptId;
                course.AttemptsUsed = Math.Max(course.AttemptsUsed, e.AttemptNumber);
                break;
            case ExamAttemptClosed e when _courses.TryGetValue(e.CourseCode, out var course):
                course.ClosedAttempts.Add(e.AttemptId);
                course.OpenAttempt = course.OpenAttempt == e.AttemptId ? null : course.OpenAttempt;
                break;
            case TrainingCompleted e when _courses.TryGetValue(e.CourseCode, out var course):
                course.IsCompleted = true;
                course.Passed = e.Passed;
                course.Score = e.Score;
                course.CertificateNumber = e.CertificateNumber;
                break;
        }

        Version++;
    }

    public bool IsEnrolled(string courseCode) => _courses.ContainsKey(courseCode);

    public LearnerCourseState? Course(string courseCode) => _courses.GetValueOrDefault(courseCode);

    public LearnerCourseProgress Progress(string courseCode) => Course(courseCode) is { } c
        ? new LearnerCourseProgress(true, c.CompletedMaterials.ToHashSet(StringComparer.Ordinal), c.IsCompleted, c.Passed, c.Score, c.CertificateNumber)
        : new LearnerCourseProgress(false, new HashSet<string>(), false, null, null, null);
}
