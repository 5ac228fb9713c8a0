namespace Mooc.Grains.Abstractions.Accounts;

public enum RegistrationOutcome
{
    Registered = 1,
    AlreadyExists = 2,
}
