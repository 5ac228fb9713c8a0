using System.Globalization;
using Mooc.LoadTests.Faults;

namespace Mooc.LoadTests.Cli;

/// <summary>Reads the mass-exam options; the database defaults to ConnectionStrings__Mooc, then to what <c>./mooc run</c> wrote.</summary>
public static class ExamOptionsReader
{
    public static string? TryRead(
        IReadOnlyDictionary<string, string> values, IReadOnlySet<string> flags, IReadOnlyDictionary<string, IReadOnlyList<string>> lists, out ExamRunOptions options)
    {
        options = new ExamRunOptions();
        string?[] errors =
        [
            TryReadShare(values, "--drop-share", out var dropShare),
            TryReadShare(values, "--abandon-share", out var abandonShare),
            TryReadSeconds(values, "--drop-seconds", 5, out var dropSeconds),
            TryReadWatchers(values, out var boardWatchers),
            TryReadWhole(values, "--sitting-wave-size", 0, 1, 100_000, out var waveSize),
            TryReadWhole(values, "--sitting-wave-interval", 0, 0, 600, out var waveInterval),
            TryReadWhole(values, "--sitting-duration", 90, 1, 600, out var sittingDuration),
            TryReadWhole(values, "--resend-limit-seconds", 120, 1, 3_600, out var resendLimit),
            TryReadWhole(values, "--deadline-tolerance-seconds", 2, 0, 600, out var deadlineTolerance),
            TryReadFaults(lists.GetValueOrDefault("--fault", []), values.GetValueOrDefault("--fault-command"), out var faults, out var faultCommand),
        ];
        var error = errors.FirstOrDefault(e => e is not null);
        if (error is not null)
        {
            return error;
        }

        var (database, source) = values.TryGetValue("--database", out var given)
            ? (given, "--database")
            : RunEnvironment.FindConnectionString();
        options = new ExamRunOptions(
            flags.Contains("--setup"),
            values.GetValueOrDefault("--admin-user", "admin"),
            values.GetValueOrDefault("--admin-password", "Admin#Mooc2026"),
            dropShare,
            TimeSpan.FromSeconds(dropSeconds),
            abandonShare,
            database,
            source,
            flags.Contains("--sign-in-early"),
            boardWatchers,
            waveSize,
            waveInterval,
            sittingDuration)
        {
            Faults = faults,
            FaultCommand = faultCommand,
            ResendLimit = TimeSpan.FromSeconds(resendLimit),
            DeadlineTolerance = TimeSpan.FromSeconds(deadlineTolerance),
        };
        if (!options.UsesSitting && (values.ContainsKey("--sitting-wave-interval") || values.ContainsKey("--sitting-duration")))
        {
            return "--sitting-wave-interval and --sitting-duration need --sitting-wave-size.";
        }

        return options.SignInEarly && !options.Setup ? "--sign-in-early needs --setup (the set-up is where the examinees sign in)."
            : options.UsesSitting && !options.Setup ? "--sitting-wave-size needs --setup (the set-up schedules the sitting)."
            : null;
    }

    private static string? TryReadFaults(IReadOnlyList<string> raw, string? command, out IReadOnlyList<FaultSpec> faults, out IReadOnlyList<string> commandLine)
    {
        var read = new List<FaultSpec>();
        faults = read;
        commandLine = [];
        foreach (var spec in raw)
        {
            var error = FaultSpec.TryParse(spec, out var fault);
            if (error is not null)
            {
                return error;
            }

            read.Add(fault!);
        }

        read.Sort((a, b) => a.At.CompareTo(b.At));
        if (read.Count == 0)
        {
            return command is null ? null : "--fault-command needs at least one --fault.";
        }

        return FaultCommandLine.TryResolve(command, out commandLine);
    }

    private static string? TryReadWhole(IReadOnlyDictionary<string, string> values, string name, int fallback, int min, int max, out int number)
    {
        number = fallback;
        if (!values.TryGetValue(name, out var raw))
        {
            return null;
        }

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out number) && number >= min && number <= max
            ? null
            : $"{name} must be a whole number from {min} to {max}, not '{raw}'.";
    }

    private static string? TryReadShare(IReadOnlyDictionary<string, string> values, string name, out double share)
    {
        share = 0;
        if (!values.TryGetValue(name, out var raw))
        {
            return null;
        }

        return double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out share) && share is >= 0 and <= 1
            ? null
            : $"{name} must be a share from 0 to 1 (e.g. 0.1 for 10 %), not '{raw}'.";
    }

    private static string? TryReadSeconds(IReadOnlyDictionary<string, string> values, string name, int fallback, out int seconds)
    {
        seconds = fallback;
        if (!values.TryGetValue(name, out var raw))
        {
            return null;
        }

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out seconds) && seconds is >= 1 and <= 600
            ? null
            : $"{name} must be a whole number of seconds from 1 to 600, not '{raw}'.";
    }

    private static string? TryReadWatchers(IReadOnlyDictionary<string, string> values, out int watchers)
    {
        watchers = 0;
        if (!values.TryGetValue("--watch-board", out var raw))
        {
            return null;
        }

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out watchers) && watchers is >= 0 and <= 20
            ? null
            : $"--watch-board must be a number of admins from 0 to 20, not '{raw}'.";
    }
}
