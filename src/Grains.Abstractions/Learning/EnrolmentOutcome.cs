namespace Mooc.Grains.Abstractions.Learning;

public enum EnrolmentOutcome
{
    Enrolled = 1,
    AlreadyEnrolled = 2,
    CourseNotFound = 3,

    /// <summary>The course is a draft or withdrawn from the catalogue: no new enrolments.</summary>
    CourseClosed = 4,
}
