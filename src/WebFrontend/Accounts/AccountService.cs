using Mooc.Grains.Abstractions.Accounts;

namespace Mooc.WebFrontend.Accounts;

public sealed class AccountService(IClusterClient cluster)
{
    public static string Normalize(string username) => username.Trim().ToLowerInvariant();

    public static bool IsPlausibleUsername(string? username) =>
        username is { Length: >= 3 and <= 64 } && Normalize(username).All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-');

    public Task<SignInOutcome> SignInAsync(string username, string password) =>
        IsPlausibleUsername(username)
            ? cluster.GetGrain<IAccountGrain>(Normalize(username)).SignInAsync(password)
            : Task.FromResult(SignInOutcome.Failed);

    /// <summary>Ends the session server-side (<see cref="IAccountGrain.SignOutAsync"/>), not only the browser's cookie.</summary>
    public Task SignOutAsync(string username, string sessionStamp) =>
        cluster.GetGrain<IAccountGrain>(Normalize(username)).SignOutAsync(sessionStamp);
}
