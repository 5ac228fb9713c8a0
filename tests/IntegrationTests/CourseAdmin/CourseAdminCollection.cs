namespace Mooc.IntegrationTests.CourseAdmin;

/// <summary>The training editor's test classes share one running product (see <see cref="CourseAdminStack"/>).</summary>
[CollectionDefinition(Name)]
public sealed class CourseAdminCollection : ICollectionFixture<CourseAdminStack>
{
    public const string Name = "course-admin";
}
