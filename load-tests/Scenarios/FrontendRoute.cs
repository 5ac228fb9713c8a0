namespace Mooc.LoadTests.Scenarios;

/// <summary>
/// One examinee's frontend: where its HTTP requests and its hub connection go. Starts at the round-robin choice and
/// moves to the next frontend when the current one is gone (what a load balancer does when a backend dies). Shared by
/// the examinee's browser and hub session, so both follow a move.
/// </summary>
public sealed class FrontendRoute(IReadOnlyList<TargetUrls> frontends, int userIndex)
{
    private int index = FrontendAssignment.For(userIndex, frontends.Count);

    public int Count => frontends.Count;

    public int Index => Volatile.Read(ref index);

    public TargetUrls Current => frontends[Index];

    /// <summary>
    /// Moves on from frontend <paramref name="from"/> (the one that failed); when another caller already moved on,
    /// stays where it is now. Returns the frontend to use; with one frontend there is nowhere else to go.
    /// </summary>
    public TargetUrls MoveOn(int from)
    {
        Interlocked.CompareExchange(ref index, FrontendAssignment.Next(from, frontends.Count), from);
        return Current;
    }
}
