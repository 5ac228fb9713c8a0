using System.Globalization;
using Mooc.LoadTests.Accounts;
using Mooc.LoadTests.Scenarios;
using Mooc.LoadTests.Scenarios.UjianMassal;

namespace Mooc.LoadTests.Cli;

/// <summary>Turns raw option strings into <see cref="LoadTestOptions"/>, rejecting anything unsafe or contradictory.</summary>
public static class OptionsBuilder
{
    private const string DefaultUrl = "http://127.0.0.1:5080";
    private const string DefaultCourse = "PLT-UMM-001";

    public static ParseResult Build(
        string scenario, IReadOnlyDictionary<string, string> values, IReadOnlySet<string> flags, IReadOnlyDictionary<string, IReadOnlyList<string>>? lists = null)
    {
        lists ??= new Dictionary<string, IReadOnlyList<string>>();
        if (!ScenarioCatalog.Names.Contains(scenario))
        {
            return ParseResult.Fail($"Unknown scenario '{scenario}'. Available: {string.Join(", ", ScenarioCatalog.Names)}.");
        }

        var allowRemote = flags.Contains("--allow-remote");
        string?[] errors =
        [
            UrlListReader.TryRead(lists.GetValueOrDefault("--url", [DefaultUrl]), allowRemote, out var urls),
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

        var examOptionsError = ExamOptionsReader.TryRead(values, flags, lists, out var exam);
        if (examOptionsError is not null)
        {
            return ParseResult.Fail(examOptionsError);
        }

        if (scenario != UjianMassalScenario.ScenarioName && (urls.Count > 1 || exam.Faults.Count > 0))
        {
            return ParseResult.Fail("Several --url and --fault are options of ujian-massal only.");
        }

        var lateFault = exam.Faults.FirstOrDefault(f => f.At >= TimeSpan.FromSeconds(durationSeconds));
        if (lateFault is not null)
        {
            return ParseResult.Fail($"--fault '{lateFault.Spec}@{lateFault.At.TotalSeconds}' would start after the run ends (--duration {durationSeconds} s).");
        }

        return ParseResult.Success(new LoadTestOptions(
            scenario,
            urls[0],
            users,
            TimeSpan.FromSeconds(durationSeconds),
            shape,
            TimeSpan.FromSeconds(rampSeconds),
            TimeSpan.FromMilliseconds(thinkMs),
            allowRemote,
            values.GetValueOrDefault("--reports"),
            values.GetValueOrDefault("--captcha"),
            values.GetValueOrDefault("--course", DefaultCourse),
            values.GetValueOrDefault("--accounts")) { Exam = exam, Urls = urls, Label = values.GetValueOrDefault("--label") });
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
