using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Caching.Memory;
using Mooc.Grains.Abstractions.Accounts;

namespace Mooc.WebFrontend.Accounts.Sessions;

/// <summary>
/// Whether a signed-in session is still live: its cookie's stamp must be the account's current one (a lock or a password
/// reset replaces it; a locked account has none). The account's live stamp is cached here for <see cref="CacheTime"/>; a
/// revocation pushed by the cluster (<see cref="SessionRevocationListener"/>) drops it at once, so the cache time is only
/// the worst case for a frontend that missed the push.
/// </summary>
public sealed class SessionCheck(IClusterClient cluster, IMemoryCache cache, ILogger<SessionCheck> logger)
{
    public static readonly TimeSpan CacheTime = TimeSpan.FromSeconds(30);

    /// <summary>The cookie middleware's check of every request that carries a session cookie.</summary>
    public async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        if (!await IsLiveAsync(context.Principal))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    public async Task<bool> IsLiveAsync(ClaimsPrincipal? user)
    {
        var username = user?.Identity?.Name;
        // Cookies issued before sessions carried a stamp end too: their holders sign in once more.
        if (username is null || user!.FindFirstValue(MoocClaims.SessionStamp) is not { } stamp)
        {
            return false;
        }

        try
        {
            // Only a live stamp is cached. A cookie that does not match it asks the grain again before it is refused,
            // so a session signed in after a reset or an unlock is never refused on a stale cached stamp.
            if (cache.TryGetValue(Key(username), out string? cached) && string.Equals(cached, stamp, StringComparison.Ordinal))
            {
                return true;
            }

            var current = await cluster.GetGrain<IAccountGrain>(username).GetSessionStampAsync();
            if (current is null)
            {
                cache.Remove(Key(username));
            }
            else
            {
                cache.Set(Key(username), current, CacheTime);
            }

            return string.Equals(current, stamp, StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The cluster cannot answer now: keep the (signed, unexpired) session rather than sign everyone out of an exam
            // during a blip; nothing is cached, so the next request asks again.
            logger.LogWarning(ex, "Session of {Username} not checked: the account could not be read", username);
            return true;
        }
    }

    /// <summary>Forgets the cached stamp, so the next request of that account asks its grain.</summary>
    public void Forget(string username) => cache.Remove(Key(username));

    private static string Key(string username) => $"session-stamp:{username}";
}
