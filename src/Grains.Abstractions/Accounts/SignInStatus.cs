namespace Mooc.Grains.Abstractions.Accounts;

public enum SignInStatus
{
    Succeeded = 1,

    /// <summary>Unknown account or wrong password; deliberately the same answer.</summary>
    Failed = 2,

    LockedOut = 3,

    /// <summary>Too many sign-ins are waiting for a password check right now; nothing was checked or counted. Try again shortly.</summary>
    Busy = 4,
}
