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

    /// <summary>A --fault command exited non-zero (or could not run, or was not run before the load ended).</summary>
    public const int FaultCommandFailed = 6;

    /// <summary>A deadline submission was committed later than --deadline-tolerance-seconds after the deadline.</summary>
    public const int DeadlineLate = 7;

    /// <summary>An examinee affected by a fault never resumed, or gave up retrying (--resend-limit-seconds).</summary>
    public const int ClientsNotResumed = 8;
}
