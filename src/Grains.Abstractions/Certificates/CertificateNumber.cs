using System.Security.Cryptography;

namespace Mooc.Grains.Abstractions.Certificates;

/// <summary>
/// Certificate numbers: 16 symbols of Crockford's base32 (80 random bits from the operating system's
/// cryptographic generator), printed in four groups, e.g. <c>7K3Q-9XHT-2MVA-PD4E</c>. Unguessable, short enough
/// to type from paper, and forgiving when typed: case, spaces and dashes do not matter, and the letters people
/// confuse with digits (O, I, L) are read as the digits.
/// </summary>
public static class CertificateNumber
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Symbols = 16;
    private const int GroupSize = 4;

    /// <summary>The longest input worth reading: 16 symbols with separators and some slack.</summary>
    public const int MaxInputLength = 40;

    public static string New()
    {
        Span<byte> random = stackalloc byte[Symbols * 5 / 8];
        RandomNumberGenerator.Fill(random);
        Span<char> symbols = stackalloc char[Symbols];
        for (var i = 0; i < Symbols; i++)
        {
            symbols[i] = Alphabet[ReadFiveBits(random, i * 5)];
        }

        return Format(symbols);
    }

    /// <summary>Reads a typed or scanned number into its printed form; false for anything that is not one.</summary>
    public static bool TryNormalise(string? input, out string number)
    {
        number = "";
        if (string.IsNullOrWhiteSpace(input) || input.Length > MaxInputLength)
        {
            return false;
        }

        Span<char> symbols = stackalloc char[Symbols];
        var count = 0;
        foreach (var raw in input)
        {
            if (raw is '-' or ' ' or '\u2010' or '\u2011' or '\u2012' or '\u2013')
            {
                continue;
            }

            var c = char.ToUpperInvariant(raw) switch { 'O' => '0', 'I' or 'L' => '1', var other => other };
            if (count == Symbols || Alphabet.IndexOf(c) < 0)
            {
                return false;
            }

            symbols[count++] = c;
        }

        if (count != Symbols)
        {
            return false;
        }

        number = Format(symbols);
        return true;
    }

    private static int ReadFiveBits(ReadOnlySpan<byte> bytes, int bitOffset)
    {
        var value = 0;
        for (var bit = bitOffset; bit < bitOffset + 5; bit++)
        {
            value = (value << 1) | ((bytes[bit / 8] >> (7 - bit % 8)) & 1);
        }

        return value;
    }

    private static string Format(ReadOnlySpan<char> symbols)
    {
        var groups = new string[Symbols / GroupSize];
        for (var g = 0; g < groups.Length; g++)
        {
            groups[g] = new string(symbols.Slice(g * GroupSize, GroupSize));
        }

        return string.Join('-', groups);
    }
}
