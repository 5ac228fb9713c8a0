namespace Mooc.WebFrontend.Exams;

/// <summary>The id an exam page gives itself: 16–64 letters, digits or hyphens (a random UUID in practice); anything else is ignored.</summary>
public static class PageIds
{
    public static string? From(string? value) =>
        value is { Length: >= 16 and <= 64 } && value.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? value : null;
}
