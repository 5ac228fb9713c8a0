namespace Mooc.LoadTests.Cli;

/// <summary>Process exit codes; CI scripts branch on them, so they are part of the tool's contract.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int RequestsFailed = 1;
    public const int InvalidArguments = 2;
    public const int TargetNotReady = 3;

    /// <summary>The event store lacks an acknowledged answer, holds one twice, or ends a question on another answer.</summary>
    public const int AnswersLost = 4;

    /// <summary>The set-up (admin import, Daftar, materials) could not be completed; no load was sent.</summary>
    public const int SetupFailed = 5;
}
