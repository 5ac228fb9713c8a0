using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Npgsql;

namespace Mooc.WebFrontend.Security.DataProtection;

public static class PostgresDataProtectionExtensions
{
    /// <summary>Keeps the key ring in the product's database (<see cref="PostgresXmlRepository"/>), through the frontend's data source.</summary>
    public static IDataProtectionBuilder PersistKeysToPostgres(this IDataProtectionBuilder builder)
    {
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<NpgsqlDataSource>((options, database) => options.XmlRepository = new PostgresXmlRepository(database));
        return builder;
    }
}
