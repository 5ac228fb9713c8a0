namespace Mooc.LoadTests.Accounts;

/// <summary>One learner account a virtual user signs in with.</summary>
public sealed record LearnerAccount(string Username, string Password);
