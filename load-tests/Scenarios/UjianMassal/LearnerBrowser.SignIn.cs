using System.Diagnostics;
using System.Net;
using Mooc.LoadTests.Accounts;
using Mooc.LoadTests.Measurement;

namespace Mooc.LoadTests.Scenarios.UjianMassal;

// The Login form, with the product's "busy" answer at the start of a mass exam.
public sealed partial class LearnerBrowser
{
    private const string SignInOperation = "sign-in";

    /// <summary>How long a user keeps trying a sign-in that the product answers "busy".</summary>
    private static readonly TimeSpan BusyGiveUp = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Signs in as a person would: when the product answers "busy" (503 with Retry-After: too many sign-ins waiting
    /// for a password check), waits that long (plus up to as much again, so retries spread) and tries again, for at
    /// most <see cref="BusyGiveUp"/>. Timed from the first try to the 302 to the Dashboard.
    /// </summary>
    public async Task<bool> SignInAsync(LearnerAccount account, CancellationToken stop)
    {
        username = account.Username;
        metrics.SigningIn.Increment();
        try
        {
            return await SignInWhileBusyAsync(account, stop);
        }
        finally
        {
            metrics.SigningIn.Decrement();
        }
    }

    private async Task<bool> SignInWhileBusyAsync(LearnerAccount account, CancellationToken stop)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var (signedIn, retryAfter) = await TrySignInAsync(account, stop);
            if (signedIn)
            {
                metrics.SignIn.Record(Stopwatch.GetElapsedTime(started));
                return true;
            }

            if (retryAfter is not { } wait)
            {
                return false;
            }

            if (Stopwatch.GetElapsedTime(started) > BusyGiveUp)
            {
                metrics.Errors.Record(SignInOperation, $"busy (503) for more than {BusyGiveUp.TotalMinutes:0} minutes");
                return false;
            }

            metrics.ExamOutcomes.Record("sign-in answered busy (503), tried again");
            await Task.Delay(wait * (1 + Random.Shared.NextDouble()), stop);
        }
    }

    /// <returns>Signed in, or the wait the product asked for when it was busy (null: failed, recorded).</returns>
    private async Task<(bool SignedIn, TimeSpan? RetryAfter)> TrySignInAsync(LearnerAccount account, CancellationToken stop)
    {
        var page = await GetPageAsync("Login", SignInOperation, stop);
        if (page is null)
        {
            return (false, null);
        }

        var token = HtmlForm.Hidden(page, HtmlForm.TokenField);
        var captchaId = HtmlForm.Hidden(page, "Form.CaptchaId");
        if (token is null || captchaId is null)
        {
            metrics.Errors.Record(SignInOperation, "Login form without token or captcha id");
            return (false, null);
        }

        using var response = await PostAsync("Login", SignInOperation, () => new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [HtmlForm.TokenField] = token,
            ["Form.CaptchaId"] = captchaId,
            ["Form.Username"] = account.Username,
            ["Form.Password"] = account.Password,
            ["Form.Captcha"] = context.Options.Captcha ?? string.Empty,
        }), stop);
        if (response is null)
        {
            return (false, null);
        }

        if (response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.OriginalString.Contains("Dashboard", StringComparison.OrdinalIgnoreCase) == true)
        {
            return (true, null);
        }

        if (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter?.Delta is { } retryAfter)
        {
            return (false, retryAfter);
        }

        metrics.Errors.Record(SignInOperation, response.StatusCode == HttpStatusCode.OK
            ? "Login form shown again (wrong password, captcha or rate limit)"
            : ErrorKind.OfStatus(response.StatusCode));
        return (false, null);
    }
}
