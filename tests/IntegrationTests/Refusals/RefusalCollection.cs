namespace Mooc.IntegrationTests.Refusals;

/// <summary>Every refusal test class shares one running product stack (<see cref="RefusalStack"/>).</summary>
[CollectionDefinition(RefusalStack.Collection)]
public sealed class RefusalCollection : ICollectionFixture<RefusalStack>;
