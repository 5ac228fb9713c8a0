namespace Mooc.Grains.Abstractions.Accounts;

public enum SignInStatus
{
    Succeeded = 1,

    /// <summary>Unknown account or wrong password; deliberately the same answer.</summary>
    Failed = 2,

    LockedOut = 3,

    /// <summary>Too many sign-ins are waiting for a password check right now; nothing was checked or counted. Try again shortly.</summary>
    Busy = 4,

    /// <summary>The password was right but an admin locked the account. A wrong password is answered <see cref="Failed"/>, so a stranger learns nothing.</summary>
    LockedByAdmin = 5,
}
