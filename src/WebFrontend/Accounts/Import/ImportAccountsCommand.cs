using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Mooc.Infrastructure.Database;
using Mooc.Infrastructure.Hosting;
using Mooc.Infrastructure.Orleans;
using Mooc.WebFrontend.Hosting;

namespace Mooc.WebFrontend.Accounts.Import;

/// <summary>
/// <c>Mooc.WebFrontend import-accounts FILE.csv [--out NEW-ACCOUNTS.csv]</c>: the same import as the admin page,
/// from a shell, against a running cluster. Exit 0 when every line worked, 1 when some failed, 2 on bad usage.
/// </summary>
public static class ImportAccountsCommand
{
    public const string Name = "import-accounts";

    public static Task<int> RunAsync(string[] args) => StartupGuard.RunAsync("import-accounts", async () =>
    {
        if (args.Length is not (1 or 3) || (args.Length == 3 && args[1] != "--out"))
        {
            await Console.Error.WriteLineAsync("usage: import-accounts FILE.csv [--out NEW-ACCOUNTS.csv]");
            return 2;
        }

        var file = Path.GetFullPath(args[0]);
        if (!File.Exists(file))
        {
            throw new StartupException($"{file} does not exist.");
        }

        var output = Path.GetFullPath(args.Length == 3 ? args[2] : $"akun-baru-{DateTime.Now:yyyyMMdd-HHmmss}.csv");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        var connectionString = ConnectionStrings.Resolve(builder.Configuration);
        await DatabaseReachability.EnsureReachableAsync(connectionString, CancellationToken.None);
        builder.AddMoocOrleansClient(connectionString, OrleansSettings.From(builder.Configuration));
        builder.Services.AddAccountImport();
        using var host = builder.Build();
        await host.StartAsync();

        using var reader = new StreamReader(file, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var report = await host.Services.GetRequiredService<AccountImporter>().ImportAsync(reader);
        await host.StopAsync();
        return Print(report, output);
    });

    private static int Print(AccountImportReport report, string output)
    {
        if (report.FileError is not null)
        {
            Console.Error.WriteLine(report.FileError);
            return 1;
        }

        foreach (var row in report.Rows.Where(r => r.Status != AccountImportStatus.Created))
        {
            Console.WriteLine($"baris {row.Line}: {row.Nip} {row.Name}: {row.Message}");
        }

        var created = report.Rows.Where(r => r.Status == AccountImportStatus.Created).ToList();
        if (created.Count > 0)
        {
            var lines = created.Select(r => string.Join(',', Quote(r.Username), Quote(r.Nip), Quote(r.Name), Quote(r.InitialPassword ?? "(dari berkas)")));
            File.WriteAllText(output, "username,nip,nama,password_awal\n" + string.Join('\n', lines) + "\n", new UTF8Encoding(true));
            Console.WriteLine($"Akun baru dan password awalnya: {output}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{report.Created} akun dibuat, {report.Skipped} sudah ada (dilewati), {report.Errors} baris gagal."));
        return report.Errors > 0 ? 1 : 0;
    }

    private static string Quote(string value) => $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
