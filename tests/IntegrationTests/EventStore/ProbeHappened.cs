namespace Mooc.IntegrationTests.EventStore;

/// <summary>An event type used only to exercise the journal.</summary>
public sealed record ProbeHappened(string Text);
