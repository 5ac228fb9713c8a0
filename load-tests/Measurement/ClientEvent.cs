namespace Mooc.LoadTests.Measurement;

/// <summary>One failure or success of one examinee's client, at <paramref name="AtSeconds"/> on the run's clock.</summary>
/// <param name="AckWaitSeconds">For an acknowledged answer: how long it waited, from its first send to this acknowledgement.</param>
public sealed record ClientEvent(string Username, double AtSeconds, ClientEventKind Kind, double? AckWaitSeconds = null);
