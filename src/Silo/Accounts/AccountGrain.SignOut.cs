namespace Mooc.Silo.Accounts;

/// <summary>Logout on the server's side: the session's stamp is replaced, so its cookie (and any copy of it) is refused.</summary>
public sealed partial class AccountGrain
{
    public async Task SignOutAsync(string sessionStamp)
    {
        // A stamp that is no longer the account's belongs to a session that has ended already (a lock, a reset, a logout).
        if (State.Profile is null || !string.Equals(State.SessionStamp, sessionStamp, StringComparison.Ordinal))
        {
            return;
        }

        State.SessionStamp = NewSessionStamp();
        await stored.WriteStateAsync();
        await EndSessionsAsync();
    }
}
