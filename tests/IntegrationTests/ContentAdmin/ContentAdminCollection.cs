namespace Mooc.IntegrationTests.ContentAdmin;

/// <summary>The exam editor and news admin test classes share one running product stack.</summary>
[CollectionDefinition(ContentAdminStack.Collection)]
public sealed class ContentAdminCollection : ICollectionFixture<ContentAdminStack>;
