namespace Mooc.Silo.Hosting;

/// <summary>
/// The clock of the product's rules (exam deadlines, lockouts, captcha lifetimes), registered as a keyed
/// <see cref="TimeProvider"/>. Orleans reads the unkeyed one for its own timing (membership, timers); tests
/// replace only this one, so a fake clock moves deadlines without making the silo think it is dead.
/// </summary>
public static class DomainClock
{
    public const string Key = "mooc-domain-clock";
}
