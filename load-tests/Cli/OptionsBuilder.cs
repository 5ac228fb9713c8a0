using System.Globalization;
using Mooc.LoadTests.Accounts;
using Mooc.LoadTests.Safety;
using Mooc.LoadTests.Scenarios;
using Mooc.LoadTests.Scenarios.UjianMassal;

namespace Mooc.LoadTests.Cli;

/// <summary>Turns raw option strings into <see cref="LoadTestOptions"/>, rejecting anything unsafe or contradictory.</summary>
public static class OptionsBuilder
{
    private const string DefaultUrl = "http://127.0.0.1:5080";
    private const string DefaultCourse = "PLT-UMM-001";

    public static ParseResult Build(string scenario, IReadOnlyDictionary<string, string> values, IReadOnlySet<string> flags)
    {
        if (!ScenarioCatalog.Names.Contains(scenario))
        {
            return ParseResult.Fail($"Unknown scenario '{scenario}'. Available: {string.Join(", ", ScenarioCatalog.Names)}.");
        }

        var allowRemote = flags.Contains("--allow-remote");
        string?[] errors =
        [
            TryReadUrl(values.GetValueOrDefault("--url", DefaultUrl), allowRemote, out var url),
            TryReadInt(values, "--users", 10, 1, 100_000, out var users),
            TryReadInt(values, "--duration", 30, 1, 86_400, out var durationSeconds),
            TryReadInt(values, "--ramp", 0, 0, 86_400, out var rampSeconds),
            TryReadInt(values, "--think-ms", 200, 0, 600_000, out var thinkMs),
            TryReadShape(values, rampSeconds, out var shape),
        ];
        var error = errors.FirstOrDefault(e => e is not null);
        if (error is not null)
        {
            return ParseResult.Fail(error);
        }

        if (shape != LoadShape.Constant && rampSeconds >= durationSeconds)
        {
            return ParseResult.Fail($"--ramp ({rampSeconds} s) must be shorter than --duration ({durationSeconds} s), or the last users would start after the run ends.");
        }

        var examError = ValidateExam(scenario, values, users);
        if (examError is not null)
        {
            return ParseResult.Fail(examError);
        }

        var examOptionsError = ExamOptionsReader.TryRead(values, flags, out var exam);
        if (examOptionsError is not null)
        {
            return ParseResult.Fail(examOptionsError);
        }

        return ParseResult.Success(new LoadTestOptions(
            scenario,
            url!,
            users,
            TimeSpan.FromSeconds(durationSeconds),
            shape,
            TimeSpan.FromSeconds(rampSeconds),
            TimeSpan.FromMilliseconds(thinkMs),
            allowRemote,
            values.GetValueOrDefault("--reports"),
            values.GetValueOrDefault("--captcha"),
            values.GetValueOrDefault("--course", DefaultCourse),
            values.GetValueOrDefault("--accounts")) { Exam = exam });
    }

    private static string? ValidateExam(string scenario, IReadOnlyDictionary<string, string> values, int users)
    {
        if (scenario != UjianMassalScenario.ScenarioName)
        {
            return null;
        }

        if (!values.TryGetValue("--captcha", out _))
        {
            return "ujian-massal needs --captcha CODE, the code the product runs with (Captcha__TestCode=CODE).";
        }

        if (!values.TryGetValue("--accounts", out var path))
        {
            // The generated accounts (see --make-accounts) are used, user i taking account i.
            return users <= AccountsGenerator.MaxAccounts
                ? null
                : $"--users {users} is more than the {AccountsGenerator.MaxAccounts} generated accounts; pass --accounts FILE.csv.";
        }

        var error = AccountsFile.TryLoad(path, out var accounts);
        if (error is not null)
        {
            return error;
        }

        return accounts.Count < users
            ? $"--accounts file '{path}' holds {accounts.Count} accounts but --users is {users}; each virtual user needs its own account."
            : null;
    }

    private static string? TryReadUrl(string raw, bool allowRemote, out Uri? url)
    {
        if (!Uri.TryCreate(raw, UriKind.Absolute, out url) || url.Scheme is not ("http" or "https"))
        {
            return $"--url '{raw}' is not an absolute http:// or https:// URL.";
        }

        if (!string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.Fragment))
        {
            return $"--url '{raw}' must be the site's base address, without a query or fragment.";
        }

        if (!allowRemote && !LoopbackHost.IsLoopback(url))
        {
            return $"--url host '{url.Host}' is not loopback (127.0.0.0/8, localhost, ::1). "
                + "This machine must not send load elsewhere; pass --allow-remote only if you own the target and mean it.";
        }

        return null;
    }

    private static string? TryReadInt(IReadOnlyDictionary<string, string> values, string name, int fallback, int min, int max, out int result)
    {
        result = fallback;
        if (!values.TryGetValue(name, out var raw))
        {
            return null;
        }

        if (!int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out result) || result < min || result > max)
        {
            return $"{name} must be a whole number from {min} to {max}, not '{raw}'.";
        }

        return null;
    }

    private static string? TryReadShape(IReadOnlyDictionary<string, string> values, int rampSeconds, out LoadShape shape)
    {
        var raw = values.GetValueOrDefault("--shape", rampSeconds > 0 ? "ramp" : "constant");
        switch (raw.ToLowerInvariant())
        {
            case "constant":
                shape = LoadShape.Constant;
                return rampSeconds > 0 ? "--ramp applies only to --shape ramp; drop one of them." : null;
            case "ramp":
                shape = LoadShape.Ramp;
                return rampSeconds > 0 ? null : "--shape ramp needs --ramp SECONDS greater than 0.";
            case "spike":
                shape = LoadShape.Spike;
                return rampSeconds > 0 ? null : "--shape spike needs --ramp SECONDS (the lead-in before the spike) greater than 0.";
            default:
                shape = LoadShape.Constant;
                return $"--shape must be 'constant', 'ramp' or 'spike', not '{raw}'.";
        }
    }
}
