namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>What publishing a course description did.</summary>
public enum PublishOutcome
{
    Published = 1,
    Revised = 2,
    Unchanged = 3,
}
