namespace Mooc.LoadTests.Cli;

/// <summary>
/// Splits the command line into a scenario name, valued options and flags.
/// Hand-written because System.CommandLine is not available here; accepts <c>--name value</c> and <c>--name=value</c>.
/// </summary>
public static class OptionsParser
{
    private static readonly HashSet<string> ValueOptions =
        [
            "--url", "--users", "--duration", "--ramp", "--think-ms", "--shape", "--reports", "--captcha", "--course", "--accounts",
            "--admin-user", "--admin-password", "--drop-share", "--drop-seconds", "--abandon-share", "--database", "--watch-board",
            "--sitting-wave-size", "--sitting-wave-interval", "--sitting-duration", "--fault-command", "--resend-limit-seconds",
            "--deadline-tolerance-seconds", "--label",
        ];

    /// <summary>Options that may be given several times; their values are kept in order.</summary>
    private static readonly HashSet<string> RepeatableOptions = ["--url", "--fault"];

    private static readonly HashSet<string> FlagOptions = ["--allow-remote", "--setup", "--sign-in-early"];

    public static ParseResult Parse(IReadOnlyList<string> args)
    {
        if (args.Any(a => a is "--help" or "-h" or "-?"))
        {
            return ParseResult.Help();
        }

        string? scenario = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith('-'))
            {
                if (scenario is not null)
                {
                    return ParseResult.Fail($"Unexpected argument '{arg}': the scenario is already '{scenario}'.");
                }

                scenario = arg;
                continue;
            }

            var (name, inlineValue) = SplitInline(arg);
            if (FlagOptions.Contains(name))
            {
                if (inlineValue is not null)
                {
                    return ParseResult.Fail($"Option '{name}' is a flag and takes no value.");
                }

                flags.Add(name);
                continue;
            }

            if (!ValueOptions.Contains(name) && !RepeatableOptions.Contains(name))
            {
                return ParseResult.Fail($"Unknown option '{name}'.");
            }

            var value = inlineValue ?? (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : null);
            if (string.IsNullOrWhiteSpace(value))
            {
                return ParseResult.Fail($"Option '{name}' needs a value.");
            }

            if (RepeatableOptions.Contains(name))
            {
                lists[name] = [.. lists.GetValueOrDefault(name, []), value];
                continue;
            }

            if (!values.TryAdd(name, value))
            {
                return ParseResult.Fail($"Option '{name}' is given more than once.");
            }
        }

        return scenario is null
            ? ParseResult.Fail("No scenario given. Usage: Mooc.LoadTests <scenario> [options]; scenarios: beranda, ujian-massal.")
            : OptionsBuilder.Build(scenario, values, flags, lists);
    }

    private static (string Name, string? Value) SplitInline(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (arg, null) : (arg[..equals], arg[(equals + 1)..]);
    }
}
