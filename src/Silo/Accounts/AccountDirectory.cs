using Marten;

namespace Mooc.Silo.Accounts;

/// <summary>Writes directory entries (the account grain is the only caller, right after its own state write).</summary>
public sealed class AccountDirectory(IDocumentStore store)
{
    public async Task WriteAsync(AccountDirectoryEntry entry)
    {
        await using var session = store.LightweightSession();
        session.Store(entry);
        await session.SaveChangesAsync();
    }
}
