using Mooc.Grains.Abstractions.Accounts;

namespace Mooc.WebFrontend.Accounts.Captcha;

/// <summary>What pages need from the captcha: issue a challenge, draw it, check an answer. Challenges live in grains, so any frontend can serve any step.</summary>
public sealed class CaptchaService(IClusterClient cluster, CaptchaCodeGenerator generator, CaptchaImageRenderer renderer, CaptchaOptions options)
{
    public async Task<Guid> NewChallengeAsync()
    {
        var id = Guid.NewGuid();
        await cluster.GetGrain<ICaptchaGrain>(id).IssueAsync(generator.Next(), options.Lifetime);
        return id;
    }

    /// <summary>The challenge's image, or null when it is unknown, answered or expired.</summary>
    public async Task<byte[]?> RenderPngAsync(Guid id)
    {
        var code = await cluster.GetGrain<ICaptchaGrain>(id).GetCodeAsync();

        // Noise seeded by the challenge: reloading the image shows the same picture, so averaging many renders reveals nothing.
        return code is null ? null : renderer.RenderPng(code, id.GetHashCode());
    }

    public Task<bool> VerifyAsync(Guid id, string? answer)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return Task.FromResult(false);
        }

        // A too-long answer is still a wrong one and ends the challenge; it is just not shipped to the silo.
        var trimmed = answer.Trim();
        return cluster.GetGrain<ICaptchaGrain>(id).VerifyAsync(trimmed.Length > CaptchaOptions.MaxCodeLength ? string.Empty : trimmed);
    }
}
