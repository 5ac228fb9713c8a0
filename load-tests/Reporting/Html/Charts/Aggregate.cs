namespace Mooc.LoadTests.Reporting.Html.Charts;

/// <summary>How <see cref="Downsampler"/> folds the points of one bucket into one: spikes keep their maximum, rates their mean.</summary>
public enum Aggregate
{
    Mean,
    Max,
}
