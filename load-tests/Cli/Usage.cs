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
          ujian-massal       Each examinee (one account each) signs in, "Mulai Ujian", joins /hubs/ujian,
                             answers every question (think time --think-ms ± 50 %, sometimes changing
                             an earlier answer) and presses "Selesai" — or drops the connection or
                             leaves the attempt to the deadline (see the shares below). Afterwards
                             every attempt is checked in the event store: lost and duplicated answers.

        Options:
          --url URL          Base address of the frontend (default http://127.0.0.1:5080).
                             Must be loopback (127.0.0.0/8, localhost, ::1) unless --allow-remote.
                             ujian-massal: repeat it (or separate with commas) for several frontends;
                             examinee i uses frontend i mod n and moves to the next when its own is gone.
          --users N          Virtual users (default 10).
          --duration S       Length of the run in seconds, ramp included (default 30).
          --shape NAME       constant: all users start at once (default);
                             ramp: users start evenly over --ramp seconds;
                             spike: a fifth over --ramp seconds, then the rest at once.
          --ramp S           Ramp period in seconds (implies --shape ramp; must be < --duration).
          --think-ms MS      Pause between a user's iterations (default 200); ujian-massal:
                             before each answer, ± 50 %.
          --captcha CODE     ujian-massal: the product's Captcha__TestCode (required).
          --course CODE      ujian-massal: training to take (default PLT-UMM-001).
          --setup            ujian-massal: before the load, the admin imports the generated accounts
                             on Impor Akun, then every examinee signs in, "Daftar", finishes materials.
          --sign-in-early    ujian-massal: the set-up also signs every examinee in and keeps the session
                             (a waiting room); the load then starts at "Mulai Ujian".
          --sitting-wave-size N, --sitting-wave-interval S, --sitting-duration M
                             ujian-massal (with --setup): the set-up schedules a sitting (Jadwal Ujian)
                             for the examinees opening at once, N admitted per wave every S seconds
                             (default 0), attempts of M minutes (default 90); examinees wait in the
                             waiting room and the report shows the admission wait.
          --admin-user U, --admin-password P
                             ujian-massal: the admin for --setup (default the demo admin).
          --accounts FILE    ujian-massal: username;password CSV of existing accounts, one per user
                             (default: the generated accounts, see --make-accounts).
          --drop-share S     ujian-massal: share (0–1) that drops the connection half-way (default 0).
          --drop-seconds S   ujian-massal: how long a dropped connection stays down (default 5).
          --abandon-share S  ujian-massal: share (0–1) that stops half-way and is submitted by the
                             server at the deadline (default 0).
          --watch-board N    ujian-massal: N admins (0–20, default 0) watch the training's live board
                             ("Pantau Ujian") through the run; measures answer → board update.
          --database CS      ujian-massal: Npgsql connection string of the product's database for the
                             check after the run (default ConnectionStrings__Mooc, else .local/run.env).
          --resend-limit-seconds S
                             ujian-massal: how long an examinee retries a failed answer, Join, Navigate
                             or Submit (1 s, 2 s, 5 s, then every 5 s) before it gives up (default 120).
          --fault "SPEC@S"   ujian-massal, repeatable: at S seconds after the first examinee's start, run
                             the fault command with SPEC's words, e.g. --fault "kill-silo 2@40".
          --fault-command C  The program for --fault (split on spaces; default: bash <repo>/mooc fault).
          --deadline-tolerance-seconds T
                             ujian-massal: a deadline submission committed more than T s after the
                             deadline is late (default 2; exit code 7).
          --label TEXT       The run's topology in words (e.g. "2 silos + 2 frontends"), for compare.
          --reports DIR      Parent folder for the report (default load-tests/reports in the repo).
          --allow-remote     Permit a non-loopback target. Never point this at a machine you do not own.
          -h, --help         Show this text.

        Accounts (offline, no server contacted):
          dotnet run --project load-tests -c Release -- --make-accounts N --out FILE.csv
                             Writes FILE.csv for ./mooc import-accounts and FILE.accounts.csv
                             (username;password) for --accounts; N from 1 to 99999.

        Reports:
          dotnet run --project load-tests -c Release -- --render FOLDER
                             Writes report.md and report.html of an earlier run again from its
                             report.json (today's renderers and budget checks).
          dotnet run --project load-tests -c Release -- compare A/report.json B/report.json [--out FILE.md]
                             Two runs side by side in Markdown (to FILE.md, else the console).

        Certificate rendering (offline, in process, no server contacted):
          dotnet run --project load-tests -c Release -- sertifikat-pdf [--count N] [--fonts FOLDER] [--out FILE.md]
                             Renders N distinct certificate PDFs (default 500): the first (cold) render,
                             a warm-up, then p50/p90/p99/max and certificates/s single-threaded and with
                             2 parallel workers; budget under 100 ms per certificate (p99). --fonts: the
                             DejaVu folder (default /usr/share/fonts/truetype/dejavu); --out: Markdown.
          dotnet run --project load-tests -c Release -- sertifikat-pdf --sample FILE.pdf
                             Writes the documentation's sample certificate instead.

        Exit codes:
          0 no request failed, 1 some request failed (outside the faults' windows), 2 invalid arguments,
          3 target unreachable or /health not 200, 4 answers lost or stored twice,
          5 set-up failed (no load sent), 6 a fault command failed, 7 a deadline submission late,
          8 clients affected by a fault did not resume, or an examinee gave up retrying.

        """);
}
