using Mooc.Infrastructure.Database;
using Npgsql;

namespace Mooc.UnitTests.Database;

public sealed class OrleansConnectionStringTests
{
    [Fact]
    public void LargePool_ShouldBeCappedForOrleansWithItsSchemaOnTheSearchPath()
    {
        var orleans = new NpgsqlConnectionStringBuilder(
            ConnectionStrings.ForOrleans("Host=127.0.0.1;Port=5432;Database=mooc;Username=mooc;Maximum Pool Size=200;Minimum Pool Size=50"));

        Assert.Equal(ConnectionStrings.OrleansMaxPoolSize, orleans.MaxPoolSize);
        Assert.Equal(ConnectionStrings.OrleansMaxPoolSize, orleans.MinPoolSize);
        Assert.Equal("orleans", orleans.SearchPath);
        Assert.Equal("mooc", orleans.Database);
    }

    [Fact]
    public void SmallPool_ShouldBeKept()
    {
        var orleans = new NpgsqlConnectionStringBuilder(ConnectionStrings.ForOrleans("Host=db;Database=mooc;Username=mooc;Maximum Pool Size=10"));

        Assert.Equal(10, orleans.MaxPoolSize);
    }
}
