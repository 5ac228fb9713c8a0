namespace Mooc.LoadTests.Reporting.Html;

/// <summary>One table cell's text (escaped when written) and an optional CSS class such as "good" or "bad".</summary>
public readonly record struct TableCell(string Text, string? CssClass = null)
{
    public static implicit operator TableCell(string text) => new(text);
}
