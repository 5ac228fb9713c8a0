using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Silo.EventStore;

namespace Mooc.Silo.Catalog;

/// <summary>Single writer of one course's stream.</summary>
public sealed class CourseGrain(IEventJournal journal) : EventSourcedGrain<CourseState>(journal), ICourseGrain
{
    private string Code => this.GetPrimaryKeyString();

    protected override string StreamKey => CourseState.StreamKey(Code);

    public async Task<PublishOutcome> PublishAsync(CourseDescription description)
    {
        var events = State.DecidePublish(Code, description);
        if (events.Count == 0)
        {
            return PublishOutcome.Unchanged;
        }

        var outcome = State.Description is null ? PublishOutcome.Published : PublishOutcome.Revised;
        await AppendAsync(events);
        return outcome;
    }

    public Task<CourseDescription?> GetDescriptionAsync() => Task.FromResult(State.Description);

    public async Task<PublishOutcome> PublishExamAsync(ExamDefinition exam)
    {
        var events = State.DecidePublishExam(Code, exam);
        if (events.Count == 0)
        {
            return PublishOutcome.Unchanged;
        }

        var outcome = State.Exam is null ? PublishOutcome.Published : PublishOutcome.Revised;
        await AppendAsync(events);
        return outcome;
    }

    public Task<ExamDefinition?> GetExamAsync() => Task.FromResult(State.Exam);

    public async Task<PublishOutcome> PublishMaterialAsync(string materialId, MaterialContent content)
    {
        var events = State.DecidePublishMaterial(Code, materialId, content);
        if (events.Count == 0)
        {
            return PublishOutcome.Unchanged;
        }

        var outcome = State.Materials.ContainsKey(materialId) ? PublishOutcome.Revised : PublishOutcome.Published;
        await AppendAsync(events);
        return outcome;
    }
}
