using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Silo.EventStore;
using Mooc.Silo.Publishing;

namespace Mooc.Silo.Catalog;

/// <summary>Single writer of one course's stream: its description, material bodies and final exam.</summary>
public sealed class CourseGrain(IEventJournal journal) : PublishingGrain<CourseState>(journal), ICourseGrain
{
    private string Code => this.GetPrimaryKeyString();

    protected override string StreamKey => CourseState.StreamKey(Code);

    public Task<PublishOutcome> PublishAsync(CourseDescription description) =>
        PublishAsync(State.DecidePublish(Code, description), State.Description is not null);

    public Task<CourseDescription?> GetDescriptionAsync() => Task.FromResult(State.Description);

    public Task<PublishOutcome> PublishExamAsync(ExamDefinition exam) =>
        PublishAsync(State.DecidePublishExam(Code, exam), State.Exam is not null);

    public Task<ExamDefinition?> GetExamAsync() => Task.FromResult(State.Exam);

    public Task<PublishOutcome> EditExamAsync(ExamDefinition exam, ContentEditor editor, int expectedRevision)
    {
        ArgumentNullException.ThrowIfNull(editor);
        return PublishAsync(State.DecidePublishExam(Code, exam, editor, expectedRevision), State.Exam is not null);
    }

    public Task<ExamEdition?> GetExamForEditingAsync() => Task.FromResult(
        State.Exam is { } exam ? new ExamEdition(exam, State.ExamRevision, State.ExamEditedBy?.Username, State.ExamEditedBy?.Name) : null);

    public Task<PublishOutcome> PublishMaterialAsync(string materialId, MaterialContent content) =>
        PublishAsync(State.DecidePublishMaterial(Code, materialId, content), State.Materials.ContainsKey(materialId));
}
