namespace Mooc.WebFrontend.Exams;

/// <summary>Names of the messages the server pushes to exam pages, and the SignalR group of an attempt.</summary>
public static class ExamPush
{
    /// <summary>The server's remaining time, every few seconds: <c>{ remainingMs }</c>.</summary>
    public const string Tick = "tick";

    /// <summary>The attempt changed (another tab navigated, the server submitted at the deadline, the time was extended).</summary>
    public const string Updated = "updated";

    public static string Group(Guid attemptId) => $"attempt:{attemptId:N}";
}
