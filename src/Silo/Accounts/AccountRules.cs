using System.Net.Mail;
using Mooc.Grains.Abstractions.Accounts;

namespace Mooc.Silo.Accounts;

/// <summary>What a valid account looks like. Messages are Indonesian: they reach admins in the import report.</summary>
public static class AccountRules
{
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;

    public static string NormalizeUsername(string username) => username.Trim().ToLowerInvariant();

    public static bool IsValidUsername(string? username) =>
        username is { Length: >= 3 and <= 64 } && username.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-');

    public static bool IsValidNip(string? nip) => nip is { Length: 18 } && nip.All(char.IsAsciiDigit);

    public static bool IsValidEmail(string? email) =>
        !string.IsNullOrWhiteSpace(email) && email.Length <= 254 && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email;

    /// <summary>Every rule the profile and password break, empty when valid.</summary>
    public static IReadOnlyList<string> Check(AccountProfile profile, string? password)
    {
        var problems = new List<string>();
        if (!IsValidUsername(profile.Username))
        {
            problems.Add("Username harus 3–64 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung.");
        }

        if (!IsValidNip(profile.Nip))
        {
            problems.Add("NIP harus 18 digit angka.");
        }

        if (string.IsNullOrWhiteSpace(profile.FullName) || profile.FullName.Length > 150)
        {
            problems.Add("Nama wajib diisi (maksimal 150 karakter).");
        }

        if (string.IsNullOrWhiteSpace(profile.Unit) || profile.Unit.Length > 150)
        {
            problems.Add("Unit kerja wajib diisi (maksimal 150 karakter).");
        }

        if (!IsValidEmail(profile.Email))
        {
            problems.Add("Alamat e-mail tidak valid.");
        }

        if (!Enum.IsDefined(profile.Role))
        {
            problems.Add("Peran harus peserta atau admin.");
        }

        if (password is null || password.Length < MinPasswordLength || password.Length > MaxPasswordLength)
        {
            problems.Add($"Password harus {MinPasswordLength}–{MaxPasswordLength} karakter.");
        }

        return problems;
    }
}
