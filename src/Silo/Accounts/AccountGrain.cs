using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Mooc.Grains.Abstractions.Accounts;
using Mooc.Silo.EventStore;
using Mooc.Silo.Hosting;

namespace Mooc.Silo.Accounts;

/// <summary>
/// Password check and lockout for one account. Failed attempts for a name that has no account are counted
/// in memory and answered exactly like a wrong password, so the answer never tells whether an account exists.
/// Every password hash goes through <see cref="PasswordWorkQueue"/>: a sign-in that would wait too long for it is
/// answered <see cref="SignInStatus.Busy"/> and changes nothing. The admin's actions are in <c>AccountGrain.Admin.cs</c>.
/// </summary>
public sealed partial class AccountGrain(
    [PersistentState("account", StorageNames.Mooc)] IPersistentState<AccountState> stored,
    IPasswordHasher<AccountProfile> hasher,
    UnknownAccountHash unknownAccountHash,
    PasswordWorkQueue passwordWork,
    IOptions<AccountOptions> options,
    IEventJournal journal,
    AccountDirectory directory,
    ILogger<AccountGrain> logger,
    [FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, IAccountGrain
{
    private readonly AccountOptions _options = options.Value;
    private int _unknownFailures;
    private DateTimeOffset? _unknownLockedUntil;

    private AccountState State => stored.State;

    public async Task<RegistrationOutcome> RegisterAsync(AccountProfile profile, string password)
    {
        var problems = AccountRules.Check(profile, password);
        if (profile.Username != this.GetPrimaryKeyString())
        {
            problems = [.. problems, "Username tidak sesuai dengan akun yang dituju."];
        }

        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems));
        }

        if (State.Profile is not null)
        {
            return RegistrationOutcome.AlreadyExists;
        }

        var (_, hash) = await passwordWork.RunAsync(() => hasher.HashPassword(profile, password), refusable: false);
        State.Profile = profile;
        State.PasswordHash = hash;
        State.CreatedAt = time.GetUtcNow();
        State.SessionStamp = NewSessionStamp();
        State.Revision = 1;
        await stored.WriteStateAsync();
        await PublishAsync();
        return RegistrationOutcome.Registered;
    }

    public async Task<SignInOutcome> SignInAsync(string password)
    {
        var now = time.GetUtcNow();
        if (State.Profile is null || State.PasswordHash is null)
        {
            return await SignInUnknownAsync(password, now);
        }

        if (State.LockedUntil is { } lockedUntil && lockedUntil > now)
        {
            return new SignInOutcome(SignInStatus.LockedOut, null, lockedUntil);
        }

        var (profile, hash) = (State.Profile, State.PasswordHash);
        var (checkedNow, verdict) = await passwordWork.RunAsync(() => hasher.VerifyHashedPassword(profile, hash, password ?? ""), refusable: true);
        if (!checkedNow)
        {
            return SignInOutcome.Busy(passwordWork.RetryAfter);
        }

        if (verdict == PasswordVerificationResult.Failed)
        {
            State.FailedSignIns++;
            var locked = State.FailedSignIns >= _options.MaxFailedSignIns;
            State.LockedUntil = locked ? now.AddMinutes(_options.LockoutMinutes) : null;
            State.FailedSignIns = locked ? 0 : State.FailedSignIns;
            await stored.WriteStateAsync();
            return locked ? new SignInOutcome(SignInStatus.LockedOut, null, State.LockedUntil) : SignInOutcome.Failed;
        }

        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            (_, State.PasswordHash) = await passwordWork.RunAsync(() => hasher.HashPassword(profile, password!), refusable: false);
        }

        State.FailedSignIns = 0;
        State.LockedUntil = null;
        if (State.LockedByAdmin)
        {
            // Said only to someone who knew the password, so it tells a stranger nothing about the account.
            await stored.WriteStateAsync();
            return SignInOutcome.Locked;
        }

        State.LastSignInAt = now;
        State.SessionStamp ??= NewSessionStamp();
        await stored.WriteStateAsync();
        return new SignInOutcome(SignInStatus.Succeeded, State.Profile, null, SessionStamp: State.SessionStamp);
    }

    public Task<AccountProfile?> GetProfileAsync() => Task.FromResult(State.Profile);

    private async Task<SignInOutcome> SignInUnknownAsync(string password, DateTimeOffset now)
    {
        // Same work (and the same queue) as a real check, so neither timing nor "busy" reveals that the account is missing.
        var (checkedNow, _) = await passwordWork.RunAsync(() => hasher.VerifyHashedPassword(unknownAccountHash.Profile, unknownAccountHash.Hash, password ?? ""), refusable: true);
        if (!checkedNow)
        {
            return SignInOutcome.Busy(passwordWork.RetryAfter);
        }

        if (_unknownLockedUntil is { } until && until > now)
        {
            return new SignInOutcome(SignInStatus.LockedOut, null, until);
        }

        _unknownFailures++;
        if (_unknownFailures < _options.MaxFailedSignIns)
        {
            return SignInOutcome.Failed;
        }

        _unknownFailures = 0;
        _unknownLockedUntil = now.AddMinutes(_options.LockoutMinutes);
        return new SignInOutcome(SignInStatus.LockedOut, null, _unknownLockedUntil);
    }
}
