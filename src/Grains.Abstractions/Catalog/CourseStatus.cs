namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>
/// Whether a training is in the catalogue. Published is 0 so that catalogue documents projected before trainings
/// could be withdrawn read as published.
/// </summary>
public enum CourseStatus
{
    /// <summary>In the catalogue: anyone may see it and enrol.</summary>
    Published = 0,

    /// <summary>Saved by an admin but never shown: only admins see it.</summary>
    Draft = 1,

    /// <summary>Taken out of the catalogue: no new enrolments; enrolled learners keep their learning page.</summary>
    Withdrawn = 2,
}
