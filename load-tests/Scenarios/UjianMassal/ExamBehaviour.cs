namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>What one examinee will do besides answering: drop the connection once, or leave the exam to the deadline.</summary>
/// <param name="Drop">Drops the connection once, a third of the way through, and restores it after the run's drop time.</param>
/// <param name="Abandon">Stops answering half-way and never presses "Selesai": the server submits at the deadline.</param>
public sealed record ExamBehaviour(bool Drop, bool Abandon)
{
    /// <summary>
    /// User <paramref name="index"/>'s behaviour: exactly the given shares of the users, spread evenly over the
    /// start order (so a ramp does not put all who drop at its end); the two picks are half a step apart, so for
    /// shares up to a half they never fall on the same user.
    /// </summary>
    public static ExamBehaviour For(int index, double dropShare, double abandonShare) =>
        new(Picks(index, dropShare, 0), Picks(index, abandonShare, 0.5));

    private static bool Picks(int index, double share, double phase) =>
        Math.Floor(((index + 1) * share) + phase) > Math.Floor((index * share) + phase);
}
