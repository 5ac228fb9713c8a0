namespace Mooc.LoadTests.Scenarios.UjianMassal.Setup;

/// <summary>The set-up could not be completed; the message says what to fix, and no load is sent.</summary>
public sealed class SetupException(string message) : Exception(message);
