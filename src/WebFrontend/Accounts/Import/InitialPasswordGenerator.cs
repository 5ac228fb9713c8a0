using System.Security.Cryptography;

namespace Mooc.WebFrontend.Accounts.Import;

/// <summary>Random first passwords for imported accounts: 12 characters without look-alikes, always with a digit and a symbol.</summary>
public static class InitialPasswordGenerator
{
    private const string Letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "#$%&*+=?@";

    public static string Next()
    {
        var chars = new char[12];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = Letters[RandomNumberGenerator.GetInt32(Letters.Length)];
        }

        chars[RandomNumberGenerator.GetInt32(0, 6)] = Digits[RandomNumberGenerator.GetInt32(Digits.Length)];
        chars[RandomNumberGenerator.GetInt32(6, 12)] = Symbols[RandomNumberGenerator.GetInt32(Symbols.Length)];
        return new string(chars);
    }
}
