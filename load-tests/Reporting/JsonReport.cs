using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mooc.LoadTests.Reporting;

/// <summary>report.json: the same data as report.md, for scripts that compare runs.</summary>
public static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // The file is never embedded in HTML, so keep "+" and "−" readable instead of \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter() },
        // The histogram's last bucket is open-ended (ToMs = Infinity).
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Render(RunReport report) => JsonSerializer.Serialize(report, Options) + Environment.NewLine;

    /// <summary>Reads a report.json back (for --render).</summary>
    public static RunReport? Parse(string json) => JsonSerializer.Deserialize<RunReport>(json, Options);
}
