namespace Mooc.LoadTests.Scenarios;

/// <summary>Which frontend serves whom, as a round-robin load balancer would: user i → frontend i mod n; failover to the next.</summary>
public static class FrontendAssignment
{
    public static int For(int userIndex, int frontends) => frontends <= 1 ? 0 : userIndex % frontends;

    public static int Next(int current, int frontends) => frontends <= 1 ? 0 : (current + 1) % frontends;
}
