using Markdig;
using Microsoft.AspNetCore.Html;

namespace Mooc.WebFrontend.Learning;

/// <summary>Reading materials are Markdown; raw HTML in them is shown as text, never executed.</summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .UseEmphasisExtras()
        .Build();

    public static IHtmlContent ToHtml(string markdown) => new HtmlString(Markdown.ToHtml(markdown, Pipeline));
}
