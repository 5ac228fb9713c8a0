namespace Mooc.Grains.Abstractions.Accounts;

/// <summary>
/// One captcha challenge (key: a random id handed to the browser). Lives in memory on a silo, so any
/// frontend can draw and check it; a challenge is good for one answer only.
/// </summary>
public interface ICaptchaGrain : IGrainWithGuidKey
{
    Task IssueAsync(string code, TimeSpan lifetime);

    /// <summary>The code to draw, or null once the challenge is answered or expired.</summary>
    Task<string?> GetCodeAsync();

    /// <summary>Checks an answer (case-insensitive) and ends the challenge, right or wrong.</summary>
    Task<bool> VerifyAsync(string answer);
}
