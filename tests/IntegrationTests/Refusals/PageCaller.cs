namespace Mooc.IntegrationTests.Refusals;

/// <summary>Who sends a hostile request.</summary>
public enum PageCaller
{
    Anonymous,

    /// <summary>Andi, a learner, signed in.</summary>
    Learner,

    /// <summary>The admin, signed in (malformed ids on admin pages).</summary>
    Admin,
}
