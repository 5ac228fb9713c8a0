namespace Mooc.BrowserTests.Support;

[CollectionDefinition(Name)]
public sealed class ProductCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "product";
}
