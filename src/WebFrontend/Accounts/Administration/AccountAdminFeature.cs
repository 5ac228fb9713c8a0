namespace Mooc.WebFrontend.Accounts.Administration;

public static class AccountAdminFeature
{
    /// <summary>"Kelola Akun": the admin's account list, account page, lock, unlock and password reset.</summary>
    public static IServiceCollection AddAccountAdministration(this IServiceCollection services) => services.AddSingleton<AccountAdminService>();
}
