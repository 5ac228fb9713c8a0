using Mooc.Silo.Hosting;
using System.Security.Cryptography;
using System.Text;
using Mooc.Grains.Abstractions.Accounts;

namespace Mooc.Silo.Accounts;

/// <summary>
/// One captcha challenge, in memory only: losing it with its silo costs the user one refresh. Ends (and
/// leaves memory) after its one answer or when its lifetime is over.
/// </summary>
public sealed class CaptchaGrain([FromKeyedServices(DomainClock.Key)] TimeProvider time) : Grain, ICaptchaGrain
{
    /// <summary>Same bound as the frontend's; longer codes (or answers) are never legitimate.</summary>
    public const int MaxCodeLength = 12;

    /// <summary>A challenge never outlives this, whatever the caller asks for, so an activation cannot be pinned.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(1);

    private string? _code;
    private DateTimeOffset _expiresAt;
    private IGrainTimer? _expiryTimer;

    public Task IssueAsync(string code, TimeSpan lifetime)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > MaxCodeLength)
        {
            throw new ArgumentException($"A captcha code is 1–{MaxCodeLength} characters.", nameof(code));
        }

        if (lifetime <= TimeSpan.Zero || lifetime > MaxLifetime)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, $"A captcha lifetime is more than zero and at most {MaxLifetime}.");
        }

        _code = code;
        _expiresAt = time.GetUtcNow() + lifetime;

        // Expiry itself is checked on every call; the timer only frees the memory of a challenge nobody answers.
        _expiryTimer?.Dispose();
        _expiryTimer = this.RegisterGrainTimer(_ =>
        {
            End();
            return Task.CompletedTask;
        }, lifetime, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    public Task<string?> GetCodeAsync() => Task.FromResult(IsLive() ? _code : null);

    public Task<bool> VerifyAsync(string answer)
    {
        if (!IsLive())
        {
            return Task.FromResult(false);
        }

        var matches = Matches(_code!, answer);
        End();
        return Task.FromResult(matches);
    }

    private bool IsLive()
    {
        if (_code is null)
        {
            // Unknown or already ended: nothing to keep this activation for (guessed ids would otherwise pile up).
            DeactivateOnIdle();
            return false;
        }

        if (time.GetUtcNow() < _expiresAt)
        {
            return true;
        }

        End();
        return false;
    }

    private void End()
    {
        _code = null;
        _expiryTimer?.Dispose();
        _expiryTimer = null;
        DeactivateOnIdle();
    }

    /// <summary>Case-insensitive, whitespace-trimmed, and in constant time for equal lengths, so timing reveals nothing about the code.</summary>
    private static bool Matches(string code, string? answer)
    {
        var expected = Encoding.UTF8.GetBytes(code.Trim().ToUpperInvariant());
        var given = Encoding.UTF8.GetBytes((answer ?? string.Empty).Trim().ToUpperInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }
}
