namespace Mooc.LoadTests.Cli;

/// <summary>The text printed by <c>--help</c>.</summary>
public static class Usage
{
    public static void Write(TextWriter output) => output.Write("""
        Mooc load tests: drive virtual users against a running Mooc (start it with ./mooc run).

        Usage:
          dotnet run --project load-tests -c Release -- <scenario> [options]

        Scenarios:
          beranda            Each user holds a SignalR connection to /hubs/clock and loops:
                             GET /, invoke GetServerTime, think.

        Options:
          --url URL          Base address of the frontend (default http://127.0.0.1:5080).
                             Must be loopback (127.0.0.0/8, localhost, ::1) unless --allow-remote.
          --users N          Virtual users (default 10).
          --duration S       Length of the run in seconds, ramp included (default 30).
          --shape NAME       constant: all users start at once (default);
                             ramp: users start evenly over --ramp seconds.
          --ramp S           Ramp period in seconds (implies --shape ramp; must be < --duration).
          --think-ms MS      Pause between a user's iterations (default 200).
          --reports DIR      Parent folder for the report (default load-tests/reports in the repo).
          --allow-remote     Permit a non-loopback target. Never point this at a machine you do not own.
          -h, --help         Show this text.

        Exit codes:
          0 no request failed, 1 some request failed, 2 invalid arguments,
          3 target unreachable or /health not 200.

        """);
}
