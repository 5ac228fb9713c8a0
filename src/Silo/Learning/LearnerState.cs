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
            case ExamAttemptReopened e when _courses.TryGetValue(e.CourseCode, out var course):
                course.ClosedAttempts.Remove(e.AttemptId);
                course.OpenAttempt = e.AttemptId;
                if (e.CompletionUndone)
                {
                    course.IsCompleted = false;
                    course.Passed = null;
                    course.Score = null;
                    course.CertificateNumber = null;
                }

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

    /// <summary>An admin's reopening of a closed attempt, from the learner's side: only the latest attempt, none other open, not passed.</summary>
    public (IReadOnlyList<object> Events, string? Refusal) DecideReopen(string username, string courseCode, Guid attemptId, int attemptNumber) =>
        Course(courseCode) is not { } course ? ([], "Peserta tidak terdaftar pada pelatihan ini.")
        : course.OpenAttempt == attemptId ? ([], null)
        : course.OpenAttempt is not null ? ([], "Peserta sedang mengerjakan percobaan lain pada pelatihan ini.")
        : attemptNumber < course.AttemptsUsed ? ([], "Peserta sudah memulai percobaan berikutnya; hanya percobaan terakhir yang dapat dibuka kembali.")
        : course.Passed == true ? ([], "Peserta sudah lulus pelatihan ini.")
        : ([new ExamAttemptReopened(username, courseCode, attemptId, course.IsCompleted)], null);

    public bool IsEnrolled(string courseCode) => _courses.ContainsKey(courseCode);

    public LearnerCourseState? Course(string courseCode) => _courses.GetValueOrDefault(courseCode);

    public LearnerCourseProgress Progress(string courseCode) => Course(courseCode) is { } c
        ? new LearnerCourseProgress(true, c.CompletedMaterials.ToHashSet(StringComparer.Ordinal), c.IsCompleted, c.Passed, c.Score, c.CertificateNumber)
        : new LearnerCourseProgress(false, new HashSet<string>(), false, null, null, null);
}
