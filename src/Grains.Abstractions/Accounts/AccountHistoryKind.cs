namespace Mooc.Grains.Abstractions.Accounts;

public enum AccountHistoryKind
{
    Locked = 1,
    Unlocked = 2,
    PasswordReset = 3,
}
