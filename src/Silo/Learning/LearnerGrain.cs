using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Learning;
using Mooc.Silo.EventStore;

namespace Mooc.Silo.Learning;

/// <summary>
/// Single writer of one learner's stream: enrolments, completed materials, completed trainings. One activation
/// per learner, so two "Daftar" clicks at once enrol once.
/// </summary>
public sealed class LearnerGrain(IEventJournal journal) : EventSourcedGrain<LearnerState>(journal), ILearnerGrain
{
    private string Username => this.GetPrimaryKeyString();

    protected override string StreamKey => LearnerState.StreamKey(Username);

    public async Task<EnrolmentOutcome> EnrolAsync(string courseCode)
    {
        if (State.IsEnrolled(courseCode))
        {
            return EnrolmentOutcome.AlreadyEnrolled;
        }

        if (await GrainFactory.GetGrain<ICourseGrain>(courseCode).GetDescriptionAsync() is null)
        {
            return EnrolmentOutcome.CourseNotFound;
        }

        await AppendAsync([new LearnerEnrolled(Username, courseCode)]);
        return EnrolmentOutcome.Enrolled;
    }

    public Task<bool> IsEnrolledAsync(string courseCode) => Task.FromResult(State.IsEnrolled(courseCode));

    public async Task<MaterialCompletionOutcome> CompleteMaterialAsync(string courseCode, string materialId)
    {
        if (State.Course(courseCode) is not { } course)
        {
            return MaterialCompletionOutcome.NotEnrolled;
        }

        if (course.CompletedMaterials.Contains(materialId))
        {
            return MaterialCompletionOutcome.AlreadyCompleted;
        }

        var description = await GrainFactory.GetGrain<ICourseGrain>(courseCode).GetDescriptionAsync();
        if (description?.Materials.Any(m => m.Id == materialId) != true)
        {
            return MaterialCompletionOutcome.MaterialNotFound;
        }

        await AppendAsync([new MaterialCompleted(Username, courseCode, materialId)]);
        return MaterialCompletionOutcome.Completed;
    }

    public async Task RecordExamResultAsync(ExamResult result)
    {
        if (State.Course(result.CourseCode) is not { IsCompleted: false })
        {
            return;
        }

        if (result.Passed || result.AttemptsRemaining <= 0)
        {
            await AppendAsync([new TrainingCompleted(Username, result.CourseCode, result.Passed, result.Score, result.AttemptId)]);
        }
    }

    public Task<LearnerCourseProgress> GetProgressAsync(string courseCode) => Task.FromResult(State.Progress(courseCode));
}
