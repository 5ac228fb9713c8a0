namespace Mooc.Grains.Abstractions.Accounts;

/// <summary>Reads the account directory (a read model kept by the account grains) for the admin's "Kelola Akun".</summary>
public interface IAccountDirectoryQueryGrain : IGrainWithIntegerKey
{
    Task<AccountSearchResult> SearchAsync(AccountSearch search);
}
