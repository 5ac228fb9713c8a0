using System.Globalization;

namespace Mooc.LoadTests.Faults;

/// <summary>
/// One <c>--fault "SPEC@SECONDS"</c>: at <see cref="At"/> after the load starts (the first examinee's start), the fault
/// command runs with <see cref="Arguments"/> (SPEC split on spaces) appended, e.g. "kill-silo 2@40".
/// </summary>
public sealed record FaultSpec(string Spec, IReadOnlyList<string> Arguments, TimeSpan At)
{
    /// <returns>Null when <paramref name="raw"/> is a valid fault; otherwise what is wrong with it.</returns>
    public static string? TryParse(string raw, out FaultSpec? fault)
    {
        fault = null;
        var at = raw.LastIndexOf('@');
        if (at < 0)
        {
            return $"--fault '{raw}' needs the time: \"SPEC@SECONDS\", e.g. \"kill-silo 2@40\".";
        }

        var arguments = raw[..at].Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (arguments.Length == 0)
        {
            return $"--fault '{raw}' has no SPEC before the '@'.";
        }

        if (!double.TryParse(raw[(at + 1)..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) || seconds > 86_400)
        {
            return $"--fault '{raw}': '{raw[(at + 1)..]}' is not a number of seconds from 0 to 86400 after the load starts.";
        }

        fault = new FaultSpec(string.Join(' ', arguments), arguments, TimeSpan.FromSeconds(seconds));
        return null;
    }
}
