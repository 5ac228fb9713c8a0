namespace Mooc.LoadTests.Reporting;

/// <summary>The settings a run used, as written into its report.</summary>
public sealed record RunSettings(string Url, int Users, int DurationSeconds, string Shape, int RampSeconds, int ThinkMs, bool AllowRemote);
