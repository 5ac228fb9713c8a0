using Marten;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Mooc.Grains.Abstractions.Accounts;

namespace Mooc.Silo.Accounts;

public static class AccountsFeature
{
    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AccountOptions>(configuration.GetSection(AccountOptions.Section));
        services.AddOptions<PasswordHasherOptions>()
            .Configure<Microsoft.Extensions.Options.IOptions<AccountOptions>>((hashing, accounts) => hashing.IterationCount = accounts.Value.PasswordHashIterations);
        services.TryAddSingleton<IPasswordHasher<AccountProfile>, PasswordHasher<AccountProfile>>();
        services.TryAddSingleton<UnknownAccountHash>();
        services.TryAddSingleton<PasswordWorkQueue>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AccountDirectory>();
        services.ConfigureMarten(options => options.Schema.For<AccountDirectoryEntry>().Index(e => e.FullName));
        return services;
    }

    /// <summary>The start-up back-fill of the account directory; registered after Orleans, so it runs once the silo is up.</summary>
    public static IServiceCollection AddAccountDirectoryBackfill(this IServiceCollection services)
    {
        services.AddHostedService<AccountDirectoryBackfill>();
        return services;
    }
}
