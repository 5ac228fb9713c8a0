using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Mooc.LoadTests.Faults;

/// <summary>
/// Runs one fault's command (the fault command's words plus the SPEC's), with this process's environment (so the command
/// finds the product through MOOC_RUN_DIR), and records when it started and ended, its exit code and its output.
/// </summary>
public static class FaultCommandRunner
{
    public const int OutputLimit = 4096;

    private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(5);

    public static async Task<FaultRun> RunAsync(FaultSpec fault, IReadOnlyList<string> command, Stopwatch clock)
    {
        var words = command.Concat(fault.Arguments).ToList();
        var start = new ProcessStartInfo(words[0])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
        };
        foreach (var word in words.Skip(1))
        {
            start.ArgumentList.Add(word);
        }

        var output = new StringBuilder();
        string? lastStdoutLine = null;
        var startedAt = DateTimeOffset.UtcNow;
        var startSecond = clock.Elapsed.TotalSeconds;
        int exitCode;
        try
        {
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => Append(e.Data, stdout: true);
            process.ErrorDataReceived += (_, e) => Append(e.Data, stdout: false);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            using var limit = new CancellationTokenSource(TimeLimit);
            try
            {
                await process.WaitForExitAsync(limit.Token);
                exitCode = process.ExitCode;
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Append($"(killed: still running after {TimeLimit.TotalMinutes:0} minutes)", stdout: false);
                exitCode = -1;
            }
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Append($"(could not start '{words[0]}': {exception.Message})", stdout: false);
            exitCode = -1;
        }

        lock (output)
        {
            return new FaultRun(fault, string.Join(' ', words), startedAt, DateTimeOffset.UtcNow, startSecond, clock.Elapsed.TotalSeconds,
                exitCode, Trim(output.ToString()), AsJsonObject(lastStdoutLine));
        }

        void Append(string? line, bool stdout)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
                if (stdout && line.Trim().Length > 0)
                {
                    lastStdoutLine = line.Trim();
                }
            }
        }
    }

    /// <summary>The last <see cref="OutputLimit"/> characters (the end holds the result and the error, if any).</summary>
    public static string Trim(string output)
    {
        output = output.TrimEnd();
        return output.Length <= OutputLimit ? output : "…" + output[^OutputLimit..];
    }

    /// <summary>The line itself when it is a JSON object; otherwise null.</summary>
    public static string? AsJsonObject(string? line)
    {
        if (line is null || !line.StartsWith('{'))
        {
            return null;
        }

        try
        {
            using var parsed = JsonDocument.Parse(line);
            return parsed.RootElement.ValueKind == JsonValueKind.Object ? line : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
