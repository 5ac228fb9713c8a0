namespace Mooc.Grains.Abstractions.Accounts;

/// <summary>An admin's lock ("Kunci Akun"); the temporary lockout after failed sign-ins is not a status, it ends by itself.</summary>
public enum AccountStatus
{
    Active = 1,
    Locked = 2,
}
