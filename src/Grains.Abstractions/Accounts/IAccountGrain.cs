using Mooc.Grains.Abstractions.Exams;

namespace Mooc.Grains.Abstractions.Accounts;

/// <summary>One sign-in account (key: the username, lower-cased). Holds the password hash, the lockout and the admin's lock.</summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account; an existing account is left untouched.</summary>
    /// <exception cref="ArgumentException">The profile or password breaks a rule; the message says which.</exception>
    Task<RegistrationOutcome> RegisterAsync(AccountProfile profile, string password);

    /// <summary>Checks the password (case-sensitive) and applies the lockout policy and the admin's lock.</summary>
    Task<SignInOutcome> SignInAsync(string password);

    Task<AccountProfile?> GetProfileAsync();

    /// <summary>The admin's view of the account, or null when there is none.</summary>
    Task<AccountDetails?> GetDetailsAsync();

    /// <summary>
    /// The stamp every live session of this account carries, or null when no session may live (no account, or locked).
    /// A new stamp at a lock or a password reset ends every session signed in before it.
    /// </summary>
    Task<string?> GetSessionStampAsync();

    /// <summary>
    /// "Logout": when <paramref name="sessionStamp"/> is still the account's, a new one ends that session server-side, so a
    /// copy of its cookie is refused too. Sessions share the stamp, so the account's other sessions end with it.
    /// </summary>
    Task SignOutAsync(string sessionStamp);

    /// <summary>"Kunci Akun": no sign-in until unlocked, and every session ends now.</summary>
    Task<AdminActionOutcome> LockAsync(AdminAction action);

    /// <summary>"Buka Kunci".</summary>
    Task<AdminActionOutcome> UnlockAsync(AdminAction action);

    /// <summary>"Reset Kata Sandi": <paramref name="newPassword"/> replaces the password, the lockout is cleared and every session ends.</summary>
    Task<AdminActionOutcome> ResetPasswordAsync(AdminAction action, string newPassword);

    /// <summary>Writes the account's directory entry again, and any audit events still to append (the start-up back-fill of missing entries).</summary>
    Task SyncDirectoryAsync();
}
