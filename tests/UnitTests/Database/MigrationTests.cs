using Mooc.Infrastructure.Database;

namespace Mooc.UnitTests.Database;

public sealed class MigrationTests
{
    [Fact]
    public void EmbeddedMigrations_ShouldBeNumberedWithoutGapsOrDuplicates()
    {
        var versions = DatabaseMigrator.Embedded.Select(m => m.Version).ToList();

        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
    }

    [Theory]
    [InlineData("Migrations/0007_add_news.sql", 7, "0007_add_news")]
    [InlineData("Migrations/0012_x.sql", 12, "0012_x")]
    public void ResourceName_ShouldGiveVersionAndName(string resource, int version, string name)
    {
        var migration = Migration.FromResource(resource, "select 1");

        Assert.Equal((version, name), (migration.Version, migration.Name));
    }

    [Theory]
    [InlineData("Migrations/add_news.sql")]
    [InlineData("Migrations/00x1_add.sql")]
    public void BadlyNamedMigration_ShouldBeRefused(string resource) =>
        Assert.Throws<InvalidOperationException>(() => Migration.FromResource(resource, "select 1"));
}
