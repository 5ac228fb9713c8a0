namespace Mooc.Grains.Abstractions.Integrity;

/// <summary>A proctoring signal of a running attempt, at the server's time.</summary>
/// <param name="Incidents">The attempt's incidents counted so far, this one included.</param>
/// <param name="Page">A short form of the page's id (which tab or device), for the replay.</param>
public sealed record ProctoringSignalRecorded(Guid AttemptId, ProctoringSignal Signal, int Incidents, string Page, DateTimeOffset At);
