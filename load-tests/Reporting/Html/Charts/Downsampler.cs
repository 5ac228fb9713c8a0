namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>Keeps a line to at most <see cref="MaxPoints"/> points so a long run's page stays small.</summary>
public static class Downsampler
{
    public const int MaxPoints = 600;

    /// <summary>Drops points that are not finite, then folds runs of neighbouring points into one per bucket.</summary>
    public static IReadOnlyList<ChartPoint> Reduce(IEnumerable<ChartPoint> points, Aggregate aggregate, int maxPoints = MaxPoints)
    {
        var finite = points.Where(p => double.IsFinite(p.X) && double.IsFinite(p.Y)).ToList();
        if (finite.Count <= maxPoints)
        {
            return finite;
        }

        var size = (int)Math.Ceiling(finite.Count / (double)Math.Max(1, maxPoints));
        var reduced = new List<ChartPoint>(maxPoints);
        for (var start = 0; start < finite.Count; start += size)
        {
            var bucket = finite.GetRange(start, Math.Min(size, finite.Count - start));
            var y = aggregate == Aggregate.Max ? bucket.Max(p => p.Y) : bucket.Average(p => p.Y);
            reduced.Add(new ChartPoint(bucket.Average(p => p.X), y));
        }

        return reduced;
    }
}
