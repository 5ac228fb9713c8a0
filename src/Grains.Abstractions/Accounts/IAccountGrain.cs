namespace Mooc.Grains.Abstractions.Accounts;

/// <summary>One sign-in account (key: the username, lower-cased). Holds the password hash and the lockout.</summary>
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account; an existing account is left untouched.</summary>
    /// <exception cref="ArgumentException">The profile or password breaks a rule; the message says which.</exception>
    Task<RegistrationOutcome> RegisterAsync(AccountProfile profile, string password);

    /// <summary>Checks the password (case-sensitive) and applies the lockout policy.</summary>
    Task<SignInOutcome> SignInAsync(string password);

    Task<AccountProfile?> GetProfileAsync();
}
