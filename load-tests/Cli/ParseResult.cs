namespace Mooc.LoadTests.Cli;

/// <summary>Either options to run with, a request for usage, or an error message for the user.</summary>
public sealed record ParseResult(LoadTestOptions? Options, string? Error, bool ShowHelp)
{
    public static ParseResult Success(LoadTestOptions options) => new(options, null, false);

    public static ParseResult Fail(string error) => new(null, error, false);

    public static ParseResult Help() => new(null, null, true);
}
