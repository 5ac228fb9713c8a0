using System.Globalization;

namespace Mooc.TestSupport;

/// <summary>Reads samples out of a Prometheus text-format scrape (<c>/metrics</c>).</summary>
public static class PrometheusText
{
    /// <summary>The sum of every sample of <paramref name="metric"/> whose labels contain <paramref name="label"/>; null when there is none.</summary>
    public static double? Sum(string scrape, string metric, string? label = null)
    {
        double? sum = null;
        foreach (var line in scrape.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith('#') || !line.StartsWith(metric, StringComparison.Ordinal) || line.Length == metric.Length
                || line[metric.Length] is not ('{' or ' '))
            {
                continue;
            }

            // A label value may hold a brace (a route such as /status/{code}); the sample's value after the labels never does.
            var labelsEnd = line[metric.Length] == '{' ? line.LastIndexOf('}') : metric.Length - 1;
            var labels = line[metric.Length..(labelsEnd + 1)];
            if (label is not null && !labels.Contains(label, StringComparison.Ordinal))
            {
                continue;
            }

            var value = line[(labelsEnd + 1)..].Trim().Split(' ')[0];
            sum = (sum ?? 0) + double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        return sum;
    }
}
