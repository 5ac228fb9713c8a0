using System.Globalization;

namespace Mooc.Infrastructure.Database;

/// <summary>One versioned SQL file, named <c>NNNN_description.sql</c>.</summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    public static Migration FromResource(string resourceName, string sql)
    {
        var name = Path.GetFileNameWithoutExtension(resourceName);
        var underscore = name.IndexOf('_', StringComparison.Ordinal);
        if (underscore <= 0 || !int.TryParse(name[..underscore], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            throw new InvalidOperationException($"Migration '{resourceName}' must be named NNNN_description.sql.");
        }

        return new Migration(version, name, sql);
    }
}
