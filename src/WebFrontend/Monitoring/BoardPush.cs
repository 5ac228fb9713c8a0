namespace Mooc.WebFrontend.Monitoring;

/// <summary>The message the monitor hub pushes to admin pages, and the SignalR group of a training's board.</summary>
public static class BoardPush
{
    /// <summary>Changed rows and fresh totals: <c>{ courseCode, totals, changed, at }</c>.</summary>
    public const string Changed = "changed";

    public static string Group(string courseCode) => $"board:{courseCode}";
}
