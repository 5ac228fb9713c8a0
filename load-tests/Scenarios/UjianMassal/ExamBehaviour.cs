namespace Mooc.LoadTests.Scenarios.UjianMassal;

/// <summary>What one examinee will do besides answering: drop the connection once, or leave the exam to the deadline.</summary>
/// <param name="Drop">Drops the connection once, half-way through, and restores it after the run's drop time.</param>
/// <param name="Abandon">Stops answering half-way and never presses "Selesai": the server submits at the deadline.</param>
public sealed record ExamBehaviour(bool Drop, bool Abandon)
{
    /// <summary>
    /// User <paramref name="index"/>'s behaviour: exactly the given shares of the users, spread evenly over the
    /// start order (so a ramp does not put all who drop at its end), and apart from each other.
    /// </summary>
    public static ExamBehaviour For(int index, int users, double dropShare, double abandonShare) =>
        new(Picks(index, dropShare), Picks((index + (users / 2)) % Math.Max(1, users), abandonShare));

    private static bool Picks(int index, double share) => Math.Floor((index + 1) * share) > Math.Floor(index * share);
}
