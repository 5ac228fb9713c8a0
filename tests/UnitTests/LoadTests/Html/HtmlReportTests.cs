using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Mooc.LoadTests.Reporting.Html;

namespace Mooc.UnitTests.LoadTests.Html;

public sealed class HtmlReportTests
{
    private static readonly string[] ChartTitles =
    [
        "Answer acknowledgement latency over time",
        "Answers per second",
        "Acknowledgement latency histogram",
        "CPU per process",
        "Memory per process",
    ];

    [Fact]
    public void ExamRun_ShouldBeWellFormedXml()
    {
        var html = HtmlReport.Render(SyntheticRunReport.Exam(120));

        var document = Parse(html);

        Assert.Equal("html", document.Root!.Name.LocalName);
        Assert.Equal(Regex.Count(html, "<svg[ >]"), Regex.Count(html, "</svg>"));
        Assert.Equal(5, document.Descendants("svg").Count());
    }

    [Fact]
    public void ExamRun_ShouldTitleEveryChart()
    {
        var document = Parse(HtmlReport.Render(SyntheticRunReport.Exam(120)));

        var titles = document.Descendants("svg").Select(svg => svg.Element("title")?.Value).ToList();
        Assert.Equal(ChartTitles, titles);
        Assert.DoesNotContain(document.Descendants("p"), p => (string?)p.Attribute("class") == "no-data");
    }

    [Fact]
    public void ScriptInANote_ShouldBeEscapedText()
    {
        var html = HtmlReport.Render(SyntheticRunReport.Exam(120));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; must stay text", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Page_ShouldReferenceNoExternalResource()
    {
        var html = HtmlReport.Render(SyntheticRunReport.Exam(120));

        Assert.DoesNotMatch(new Regex(@"\s(src|href|xlink:href|srcset)\s*=", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        var links = Regex.Matches(html, "https?://[^<\"' ]*", RegexOptions.IgnoreCase).Select(m => m.Value).ToList();
        Assert.Equal(["http://127.0.0.1:5080/?a=1&amp;b=2"], links);
        Assert.Contains("<td>http://127.0.0.1:5080/?a=1&amp;b=2</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckedVerification_ShouldShowLostAndDuplicatesAsGood()
    {
        var document = Parse(HtmlReport.Render(SyntheticRunReport.Exam(120)));

        var tiles = Tiles(document);
        Assert.Equal(("good", "0"), tiles["Lost answers"]);
        Assert.Equal(("good", "0"), tiles["Duplicates"]);
    }

    [Fact]
    public void LostAnswers_ShouldShowAsBad()
    {
        var report = SyntheticRunReport.Exam(60);
        var html = HtmlReport.Render(report with { Verification = report.Verification! with { Lost = 3 } });

        Assert.Equal(("bad", "3"), Tiles(Parse(html))["Lost answers"]);
    }

    [Fact]
    public void UncheckedVerification_ShouldSayWhy()
    {
        var report = SyntheticRunReport.Exam(60);
        var html = HtmlReport.Render(report with { Verification = report.Verification! with { Checked = false, NotCheckedReason = "no database connection" } });

        var tiles = Tiles(Parse(html));
        Assert.Equal(("warn", "not checked"), tiles["Lost / duplicates"]);
        Assert.False(tiles.ContainsKey("Lost answers"));
        Assert.Contains("no database connection", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Budgets_ShouldShowMetMissedAndUnknown()
    {
        var html = HtmlReport.Render(SyntheticRunReport.Exam(60));

        Assert.Contains("<td class=\"good\">✓ met</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"bad\">✗ missed</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"muted\">—</td>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ThirtyMinuteRun_ShouldStayUnderOneMegabyte()
    {
        var html = HtmlReport.Render(SyntheticRunReport.Exam(3000));

        Assert.True(Encoding.UTF8.GetByteCount(html) < 1_000_000, $"{Encoding.UTF8.GetByteCount(html)} bytes");
        Parse(html);
        var polylines = Regex.Matches(html, "points=\"([^\"]*)\"").Select(m => m.Groups[1].Value.Split(' ').Length);
        Assert.All(polylines, count => Assert.True(count <= 600, $"{count} points"));
    }

    [Fact]
    public void OneSecondRun_ShouldDrawItsPoint()
    {
        var document = Parse(HtmlReport.Render(SyntheticRunReport.Exam(1)));

        Assert.Equal(5, document.Descendants("svg").Count());
        Assert.NotEmpty(document.Descendants("circle"));
    }

    [Fact]
    public void EmptyReport_ShouldRenderNoDataLines()
    {
        var html = HtmlReport.Render(SyntheticRunReport.Empty());

        var document = Parse(html);
        Assert.Empty(document.Descendants("svg"));
        var noData = document.Descendants("p").Where(p => (string?)p.Attribute("class") == "no-data").ToList();
        Assert.Equal(5, noData.Count);
        Assert.All(noData, p => Assert.StartsWith("No data", p.Value, StringComparison.Ordinal));
        Assert.DoesNotContain("Exam verification", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Budgets", html, StringComparison.Ordinal);
    }

    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static Dictionary<string, (string? State, string Value)> Tiles(XDocument document) => document.Descendants("ul")
        .Single(ul => (string?)ul.Attribute("class") == "headline")
        .Elements("li")
        .ToDictionary(
            li => li.Elements("span").First().Value,
            li => ((string?)li.Attribute("class"), li.Elements("span").ElementAt(1).Value));
}
