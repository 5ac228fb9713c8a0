namespace Mooc.IntegrationTests.Integrity;

/// <summary>The integrity test classes share one running product (see <see cref="IntegrityStack"/>).</summary>
[CollectionDefinition(Name)]
public sealed class IntegrityCollection : ICollectionFixture<IntegrityStack>
{
    public const string Name = "integrity";
}
