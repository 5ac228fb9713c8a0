using System.Security.Claims;
using Mooc.Grains.Abstractions.Accounts;

namespace Mooc.WebFrontend.Accounts;

/// <summary>The claims of a signed-in user, and reading them back.</summary>
public static class MoocClaims
{
    public const string Nip = "mooc:nip";
    public const string Unit = "mooc:unit";
    public const string FullName = "mooc:fullname";

    /// <summary>The account's session stamp at sign-in; a session whose stamp is no longer the account's has ended.</summary>
    public const string SessionStamp = "mooc:stamp";
    public const string AdminRole = "admin";
    public const string LearnerRole = "learner";

    public static ClaimsPrincipal For(AccountProfile profile, string sessionStamp, string authenticationScheme)
    {
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, profile.Username),
                new Claim(FullName, profile.FullName),
                new Claim(Nip, profile.Nip),
                new Claim(Unit, profile.Unit),
                new Claim(ClaimTypes.Role, profile.Role == AccountRole.Admin ? AdminRole : LearnerRole),
                new Claim(SessionStamp, sessionStamp),
            ],
            authenticationScheme, ClaimTypes.Name, ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }

    public static string Username(this ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("No signed-in user.");

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(FullName) ?? user.Username();
}
