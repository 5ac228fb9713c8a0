namespace Mooc.Grains.Abstractions.Catalog;

/// <summary>Difficulty level of a training ("Level Kesulitan", manual C.4.e).</summary>
public enum CourseLevel
{
    Basic = 1,
    Intermediate = 2,
    Advanced = 3,
}
