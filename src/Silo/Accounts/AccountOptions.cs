namespace Mooc.Silo.Accounts;

/// <summary>The <c>Accounts</c> configuration section: lockout policy and password hashing cost.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>Failed sign-ins in a row that lock an account.</summary>
    public int MaxFailedSignIns { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>PBKDF2 iterations of ASP.NET Core Identity's hasher (its default is 100,000).</summary>
    public int PasswordHashIterations { get; set; } = 100_000;

    /// <summary>Password hashes computed at once; 0 means half the cores (at least one), so an exam never waits for sign-ins.</summary>
    public int PasswordHashConcurrency { get; set; }

    /// <summary>A sign-in that would wait longer than this for its password check is answered "busy" at once.</summary>
    public double SignInQueueSeconds { get; set; } = 10;
}
