namespace Mooc.Grains.Abstractions.Accounts;

public enum SignInStatus
{
    Succeeded = 1,

    /// <summary>Unknown account or wrong password; deliberately the same answer.</summary>
    Failed = 2,

    LockedOut = 3,
}
