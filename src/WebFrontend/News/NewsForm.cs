namespace Mooc.WebFrontend.News;

/// <summary>The admin's news form ("Tulis Berita"); the date is text (yyyy-mm-dd, as a date input sends it), checked by the page.</summary>
public sealed class NewsForm
{
    public string? Slug { get; set; }

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Body { get; set; }

    public string? Category { get; set; }

    public string? Date { get; set; }
}
