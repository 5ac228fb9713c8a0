namespace Mooc.Grains.Abstractions.Accounts;

public enum AccountRole
{
    Learner = 1,
    Admin = 2,
}
