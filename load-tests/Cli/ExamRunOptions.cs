using Mooc.LoadTests.Faults;

namespace Mooc.LoadTests.Cli;

/// <summary>
/// What the mass-exam scenario does besides answering: the set-up through the product (accounts imported by an admin,
/// "Daftar", materials), which share of examinees drop their connection or leave the exam to the deadline, and where
/// the event store is for the check after the run. <see cref="SignInEarly"/>: the set-up also signs every examinee in
/// and keeps the session, as a waiting room before the exam bell would, so the load starts at "Mulai Ujian".
/// <see cref="BoardWatchers"/>: admins who watch the training's live board ("Pantau Ujian") through the run.
/// <see cref="SittingWaveSize"/> above 0: the set-up also schedules a sitting ("Jadwal Ujian") for the examinees, opening
/// at once, admitting that many per wave every <see cref="SittingWaveInterval"/> seconds, with attempts of
/// <see cref="SittingDuration"/> minutes; the examinees then go through the waiting room.
/// </summary>
public sealed record ExamRunOptions(
    bool Setup = false,
    string AdminUser = "admin",
    string AdminPassword = "Admin#Mooc2026",
    double DropShare = 0,
    TimeSpan DropFor = default,
    double AbandonShare = 0,
    string? Database = null,
    string? DatabaseSource = null,
    bool SignInEarly = false,
    int BoardWatchers = 0,
    int SittingWaveSize = 0,
    int SittingWaveInterval = 0,
    int SittingDuration = 90)
{
    public bool UsesSitting => SittingWaveSize > 0;

    /// <summary>--fault: commands run at set times after the load starts (kill a silo, a frontend, restart PostgreSQL).</summary>
    public IReadOnlyList<FaultSpec> Faults { get; init; } = [];

    /// <summary>The program and its first arguments for <see cref="Faults"/>; the fault's SPEC words are appended.</summary>
    public IReadOnlyList<string> FaultCommand { get; init; } = [];

    /// <summary>--resend-limit-seconds: how long an examinee keeps retrying an unacknowledged answer (or a failed Join,
    /// Navigate or Submit) before it gives up.</summary>
    public TimeSpan ResendLimit { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>--deadline-tolerance-seconds: a server submission committed later than this after the deadline is late.</summary>
    public TimeSpan DeadlineTolerance { get; init; } = TimeSpan.FromSeconds(2);
}
