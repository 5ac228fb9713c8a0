namespace Mooc.Silo.Hosting;

/// <summary>Names of the Orleans grain storage providers.</summary>
public static class StorageNames
{
    /// <summary>ADO.NET grain storage on PostgreSQL (schema <c>orleans</c>); also the default provider.</summary>
    public const string Mooc = "mooc";
}
