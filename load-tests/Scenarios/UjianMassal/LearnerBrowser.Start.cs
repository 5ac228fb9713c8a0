using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Mooc.LoadTests.Measurement;

namespace Mooc.LoadTests.Scenarios.UjianMassal;

public sealed partial class LearnerBrowser
{
    /// <summary>Presses of "Mulai Ujian" one examinee makes at most while waiting for their wave.</summary>
    private const int MaxPresses = 30;

    /// <summary>
    /// "Mulai Ujian": the attempt id from the redirect to /ujian/{id}, or null (refused or failed; recorded). With a
    /// sitting the first presses may lead back to the tab's waiting room: like the page's script, wait the time the
    /// server gave and press again; the whole wait is the admission wait.
    /// </summary>
    public async Task<Guid?> StartExamAsync(CancellationToken stop)
    {
        var path = $"belajar/{course}";
        var first = Stopwatch.GetTimestamp();
        var started = first;
        var page = await GetPageAsync($"{path}?tab=ujian", StartOperation, stop);
        for (var press = 1; ; press++)
        {
            var token = page is null ? null : HtmlForm.AntiforgeryToken(page);
            if (token is null)
            {
                if (page is not null)
                {
                    metrics.Errors.Record(StartOperation, "Learning page without anti-forgery token");
                }

                return null;
            }

            using var response = await PostAsync($"{path}?handler=MulaiUjian", StartOperation, () => TokenForm(token), stop);
            if (response is null)
            {
                return null;
            }

            var location = response.Headers.Location?.OriginalString ?? string.Empty;
            var attempt = AttemptInLocation().Match(location);
            if (response.StatusCode == HttpStatusCode.Redirect && attempt.Success)
            {
                metrics.StartExam.Record(Stopwatch.GetElapsedTime(started));
                if (context.Options.Exam.UsesSitting)
                {
                    metrics.AdmissionWait.Record(Stopwatch.GetElapsedTime(first));
                }

                return Guid.Parse(attempt.Groups[1].Value);
            }

            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                metrics.Errors.Record(StartOperation, ErrorKind.OfStatus(response.StatusCode));
                return null;
            }

            // Back on the tab: the waiting room (wait and press again), or a refusal the page words.
            page = context.Options.Exam.UsesSitting && press < MaxPresses ? await GetPageAsync(location, StartOperation, stop) : null;
            if (page is null || WaitInPage().Match(page) is not { Success: true } wait)
            {
                // Materials incomplete, no attempts left, already passed, outside the sitting: not a transport failure.
                metrics.ExamOutcomes.Record("exam not started (Mulai Ujian refused)");
                return null;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(long.Parse(wait.Groups[1].Value, CultureInfo.InvariantCulture) + 250), stop);
            started = Stopwatch.GetTimestamp();
        }
    }

    [GeneratedRegex("data-wait-ms=\"(\\d+)\"")]
    private static partial Regex WaitInPage();
}
