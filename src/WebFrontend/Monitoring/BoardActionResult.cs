namespace Mooc.WebFrontend.Monitoring;

/// <summary>What an admin action on the board did: how many attempts it changed, and why the others were refused.</summary>
public sealed record BoardActionResult(int Done, int Refused, IReadOnlyList<string> Refusals);
