using Mooc.Grains.Abstractions.Accounts;
using Mooc.Grains.Abstractions.Exams;
using Mooc.Grains.Abstractions.Sittings;

namespace Mooc.Silo.Sittings;

/// <summary>
/// "Mulai Ujian" against the training's schedule. No sitting: the start is free. Otherwise the learner must be in a
/// sitting whose window is open, and then in an admitted wave; the waiting room is told its wave and the moment.
/// </summary>
public static class SittingGate
{
    /// <summary>Null refusal and a sitting: start in it. Null both: no schedule, start freely.</summary>
    public static async Task<(ExamStartOutcome? Refusal, ExamSitting? Sitting)> CheckAsync(IGrainFactory grains, string username, string courseCode, DateTimeOffset now)
    {
        var sittings = await grains.GetGrain<IExamScheduleGrain>(courseCode).ListAsync();
        if (sittings.All(s => s.IsCancelled))
        {
            return (null, null);
        }

        // The unit is asked only when a sitting names units: a start that lists the learner by NIP costs no account call.
        var unit = sittings.Any(s => !s.IsCancelled && s.Plan.Units.Count > 0)
            ? (await grains.GetGrain<IAccountGrain>(username).GetProfileAsync())?.Unit
            : null;
        var match = SittingMatch.For(sittings, username, unit, now);
        var s = match.Sitting;
        switch (match.Kind)
        {
            case SittingMatchKind.NoSchedule:
                return (null, null);
            case SittingMatchKind.NotListed:
                return (new ExamStartOutcome(ExamStartStatus.NotInSitting, null), null);
            case SittingMatchKind.NotYet:
                return (new ExamStartOutcome(ExamStartStatus.SittingNotOpen, null, Notice(s!, null, null, now)), null);
            case SittingMatchKind.Ended:
                return (new ExamStartOutcome(ExamStartStatus.SittingEnded, null, Notice(s!, null, null, now)), null);
        }

        var place = await grains.GetGrain<IExamAdmissionGrain>(s!.Id).TakePlaceAsync(username);
        var admitAt = SittingWaves.AdmitAt(s.Plan, place);
        return now < admitAt
            ? (new ExamStartOutcome(ExamStartStatus.AwaitingAdmission, null, Notice(s, SittingWaves.Wave(s.Plan, place), admitAt, now)), null)
            : (null, s);
    }

    private static SittingNotice Notice(ExamSitting s, int? wave, DateTimeOffset? admitAt, DateTimeOffset now) =>
        new(s.Id, s.Plan.Name, s.Plan.OpensAt, s.Plan.ClosesAt, wave, admitAt, now);
}
