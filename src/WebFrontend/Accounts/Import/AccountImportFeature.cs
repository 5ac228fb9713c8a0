namespace Mooc.WebFrontend.Accounts.Import;

public static class AccountImportFeature
{
    public static IServiceCollection AddAccountImport(this IServiceCollection services) => services.AddSingleton<AccountImporter>();
}
