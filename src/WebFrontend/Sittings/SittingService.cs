using Mooc.Grains.Abstractions.Sittings;

namespace Mooc.WebFrontend.Sittings;

/// <summary>What the "Jadwal Ujian" pages and the board need of the training schedules.</summary>
public sealed class SittingService(IClusterClient cluster)
{
    private IExamScheduleGrain Schedule(string code) => cluster.GetGrain<IExamScheduleGrain>(code);

    public Task<IReadOnlyList<ExamSitting>> ListAsync(string code) => Schedule(code).ListAsync();

    public async Task<ExamSitting?> FindAsync(string code, Guid id) => (await ListAsync(code)).FirstOrDefault(s => s.Id == id);

    /// <summary>How many examinees hold a place in the sitting's admission queue.</summary>
    public Task<int> AdmittedAsync(Guid id) => cluster.GetGrain<IExamAdmissionGrain>(id).CountAsync();

    public Task<SittingOutcome> ScheduleAsync(string code, ExamSittingPlan plan, SittingActor actor) => Schedule(code).ScheduleAsync(plan, actor);

    public Task<SittingOutcome> ReviseAsync(string code, Guid id, ExamSittingPlan plan, SittingActor actor) => Schedule(code).ReviseAsync(id, plan, actor);

    public Task<SittingOutcome> CancelAsync(string code, Guid id, string reason, SittingActor actor) => Schedule(code).CancelAsync(id, reason, actor);
}
