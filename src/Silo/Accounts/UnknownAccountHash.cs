using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Mooc.Grains.Abstractions.Accounts;

namespace Mooc.Silo.Accounts;

/// <summary>A hash of a random password, verified against when a name has no account (equal timing).</summary>
public sealed class UnknownAccountHash
{
    public UnknownAccountHash(IPasswordHasher<AccountProfile> hasher)
    {
        Profile = new AccountProfile("-", "-", "-", "-", "-", AccountRole.Learner);
        Hash = hasher.HashPassword(Profile, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
    }

    public AccountProfile Profile { get; }

    public string Hash { get; }
}
