namespace Mooc.Grains.Abstractions.Learning;

public enum EnrolmentOutcome
{
    Enrolled = 1,
    AlreadyEnrolled = 2,
    CourseNotFound = 3,
}
