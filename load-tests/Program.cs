using Mooc.LoadTests.Cli;
using Mooc.LoadTests.Running;

if (MakeAccountsCommand.IsRequested(args))
{
    return MakeAccountsCommand.Run(args);
}

if (CertificateBenchmarkCommand.IsRequested(args))
{
    return CertificateBenchmarkCommand.Run(args);
}

if (CompareCommand.IsRequested(args))
{
    return CompareCommand.Run(args);
}

if (RenderCommand.IsRequested(args))
{
    return RenderCommand.Run(args);
}

var parsed = OptionsParser.Parse(args);
if (parsed.ShowHelp)
{
    Usage.Write(Console.Out);
    return ExitCodes.Ok;
}

if (parsed.Options is null)
{
    Console.Error.WriteLine($"error: {parsed.Error}");
    Console.Error.WriteLine("Run with --help for usage.");
    return ExitCodes.InvalidArguments;
}

return await LoadTestRun.ExecuteAsync(parsed.Options);
