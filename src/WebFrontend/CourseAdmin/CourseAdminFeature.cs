namespace Mooc.WebFrontend.CourseAdmin;

public static class CourseAdminFeature
{
    public static IServiceCollection AddCourseAdministration(this IServiceCollection services) => services.AddSingleton<CourseAdminService>();
}
