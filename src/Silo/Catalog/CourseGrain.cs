using Mooc.Grains.Abstractions.Catalog;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Silo.EventStore;
using Mooc.Silo.Publishing;

namespace Mooc.Silo.Catalog;

/// <summary>Single writer of one course's stream: its description, status, material bodies and final exam.</summary>
public sealed class CourseGrain(IEventJournal journal) : PublishingGrain<CourseState>(journal), ICourseGrain
{
    private string Code => this.GetPrimaryKeyString();

    protected override string StreamKey => CourseState.StreamKey(Code);

    public Task<PublishOutcome> PublishAsync(CourseDescription description, ContentEditor? editor = null, bool asDraft = false) =>
        PublishAsync(State.DecidePublish(Code, description, editor, asDraft), State.Description is not null);

    public Task<CourseDescription?> GetDescriptionAsync() => Task.FromResult(State.Description);

    public Task<CourseStatus?> GetStatusAsync() => Task.FromResult(State.Status);

    public Task<CourseAdminView?> GetAdminViewAsync() => Task.FromResult(
        State.Description is null
            ? null
            : new CourseAdminView(
                Code, State.Description, State.Status!.Value,
                new Dictionary<string, MaterialContent>(State.Materials, StringComparer.Ordinal),
                State.RetiredMaterialIds.ToList(), State.Exam is not null));

    public async Task<bool> WithdrawAsync(ContentEditor editor, string reason) => await AppendIfAnyAsync(State.DecideWithdraw(Code, editor, reason));

    public async Task<bool> RepublishAsync(ContentEditor editor, string reason) => await AppendIfAnyAsync(State.DecideRepublish(Code, editor, reason));

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


    public Task<PublishOutcome> PublishMaterialAsync(string materialId, MaterialContent content, ContentEditor? editor = null) =>
        PublishAsync(State.DecidePublishMaterial(Code, materialId, content, editor), State.Materials.ContainsKey(materialId));

    private async Task<bool> AppendIfAnyAsync(IReadOnlyList<object> events)
    {
        if (events.Count == 0)
        {
            return false;
        }

        await AppendAsync(events);
        return true;
    }
}
