namespace Mooc.LoadTests.Cli;

/// <summary>Process exit codes; CI scripts branch on them, so they are part of the tool's contract.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int RequestsFailed = 1;
    public const int InvalidArguments = 2;
    public const int TargetNotReady = 3;
}
