using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Learning;
using Mooc.Silo.EventStore;
using Mooc.Silo.Hosting;
using Mooc.Silo.Sittings;

namespace Mooc.Silo.Learning;

/// <summary>
/// Single writer of one learner's stream: enrolments, completed materials, completed trainings. One activation
/// per learner, so two "Daftar" clicks at once enrol once.
/// </summary>
public sealed class LearnerGrain(IEventJournal journal, [FromKeyedServices(DomainClock.Key)] TimeProvider time)
    : EventSourcedGrain<LearnerState>(journal), ILearnerGrain
{
    private string Username => this.GetPrimaryKeyString();

    protected override string StreamKey => LearnerState.StreamKey(Username);

    public async Task<EnrolmentOutcome> EnrolAsync(string courseCode)
    {
        if (State.IsEnrolled(courseCode))
        {
            return EnrolmentOutcome.AlreadyEnrolled;
        }

        // Drafts and withdrawn trainings take no new learners; those already enrolled keep everything (checked above).
        switch (await GrainFactory.GetGrain<ICourseGrain>(courseCode).GetStatusAsync())
        {
            case null:
                return EnrolmentOutcome.CourseNotFound;
            case not CourseStatus.Published:
                return EnrolmentOutcome.CourseClosed;
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
        if (State.Course(result.CourseCode) is not { } course || course.ClosedAttempts.Contains(result.AttemptId))
        {
            return;
        }

        var events = new List<object> { new ExamAttemptClosed(Username, result.CourseCode, result.AttemptId, result.Score, result.Passed) };
        if (!course.IsCompleted && (result.Passed || result.AttemptsRemaining <= 0))
        {
            events.Add(new TrainingCompleted(Username, result.CourseCode, result.Passed, result.Score, result.AttemptId, result.CertificateNumber));
        }

        await AppendAsync(events);
    }

    public async Task<ExamStartOutcome> StartExamAsync(string courseCode)
    {
        if (State.Course(courseCode) is not { } course)
        {
            return new ExamStartOutcome(ExamStartStatus.NotEnrolled, null);
        }

        if (course.OpenAttempt is { } open)
        {
            await GrainFactory.GetGrain<IExamAttemptGrain>(open).StartAsync(new ExamStartRequest(Username, courseCode, course.AttemptsUsed));
            return new ExamStartOutcome(ExamStartStatus.Resumed, open);
        }

        if (course.IsCompleted)
        {
            return new ExamStartOutcome(course.Passed == true ? ExamStartStatus.AlreadyPassed : ExamStartStatus.NoAttemptsLeft, null);
        }

        var courseGrain = GrainFactory.GetGrain<ICourseGrain>(courseCode);
        if (await courseGrain.GetExamAsync() is not { } exam)
        {
            return new ExamStartOutcome(ExamStartStatus.NoExam, null);
        }

        if (exam.Settings.RequireAllMaterials
            && (await courseGrain.GetDescriptionAsync())?.Materials.All(m => course.CompletedMaterials.Contains(m.Id)) != true)
        {
            return new ExamStartOutcome(ExamStartStatus.MaterialsIncomplete, null);
        }

        if (course.AttemptsUsed >= exam.Settings.MaxAttempts)
        {
            return new ExamStartOutcome(ExamStartStatus.NoAttemptsLeft, null);
        }

        // A training with sittings: only inside the learner's window and wave; a refusal appends nothing.
        var (refusal, sitting) = await SittingGate.CheckAsync(GrainFactory, Username, courseCode, time.GetUtcNow());
        if (refusal is not null)
        {
            return refusal;
        }

        // The learner's stream records the attempt first: one open attempt per training, and a crash after this
        // line resumes the same attempt on the next "Mulai Ujian".
        var attemptId = Guid.NewGuid();
        var number = course.AttemptsUsed + 1;
        await AppendAsync([new ExamAttemptOpened(Username, courseCode, attemptId, number)]);
        await GrainFactory.GetGrain<IExamAttemptGrain>(attemptId).StartAsync(new ExamStartRequest(Username, courseCode, number, sitting?.Id, sitting?.Plan.DurationMinutes));
        return new ExamStartOutcome(ExamStartStatus.Started, attemptId);
    }

    public async Task<AdminActionOutcome> ReopenAttemptAsync(string courseCode, Guid attemptId, int attemptNumber)
    {
        var (events, refusal) = State.DecideReopen(Username, courseCode, attemptId, attemptNumber);
        if (refusal is not null)
        {
            return AdminActionOutcome.Refused(refusal);
        }

        await AppendAsync(events);
        return AdminActionOutcome.Ok;
    }

    public Task<LearnerCourseProgress> GetProgressAsync(string courseCode) => Task.FromResult(State.Progress(courseCode));
}
