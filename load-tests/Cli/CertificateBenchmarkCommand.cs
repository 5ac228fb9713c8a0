using System.Globalization;
using Mooc.Certificates;
using Mooc.LoadTests.Certificates;
using Mooc.LoadTests.Reporting;

namespace Mooc.LoadTests.Cli;

/// <summary>
/// <c>sertifikat-pdf [--count N] [--fonts FOLDER] [--out FILE.md]</c>: the certificate rendering benchmark, in
/// process (no server). <c>--sample FILE.pdf</c> instead writes the documentation's sample certificate.
/// </summary>
public static class CertificateBenchmarkCommand
{
    public const string Scenario = "sertifikat-pdf";
    private const int DefaultCount = 500;

    public static bool IsRequested(IReadOnlyList<string> args) => args.Count > 0 && args[0] == Scenario;

    public static int Run(IReadOnlyList<string> args)
    {
        var count = DefaultCount;
        var fonts = CertificateFonts.DefaultFolder;
        string? outPath = null;
        string? samplePath = null;
        for (var i = 1; i < args.Count; i += 2)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[i + 1] : null;
            if (value is null)
            {
                return Fail($"{name} needs a value.");
            }

            switch (name)
            {
                case "--count" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out count)
                                    && count > 0:
                    break;
                case "--count":
                    return Fail($"--count must be a whole number above 0, not '{value}'.");
                case "--fonts": fonts = value; break;
                case "--out": outPath = value; break;
                case "--sample": samplePath = value; break;
                default:
                    return Fail($"'{name}' is not an option of {Scenario} (--count, --fonts, --out, --sample).");
            }
        }

        try
        {
            return samplePath is null ? Benchmark(args, count, fonts, outPath) : WriteSample(fonts, samplePath);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException
                                            or InvalidOperationException)
        {
            return Fail(failure.Message);
        }
    }

    private static int Benchmark(IReadOnlyList<string> args, int count, string fonts, string? outPath)
    {
        Console.WriteLine($"Rendering {count} distinct certificates (fonts from {fonts}) ...");
        var result = new CertificateBenchmark(fonts, count).Run();
        CertificateBenchmarkReport.WriteConsole(result);
        if (outPath is not null)
        {
            var markdown = CertificateBenchmarkReport.Markdown(result, args, MachineInfo.Capture(), DateTimeOffset.UtcNow);
            File.WriteAllText(outPath, markdown);
            Console.WriteLine($"Wrote {Path.GetFullPath(outPath)}");
        }

        return ExitCodes.Ok;
    }

    private static int WriteSample(string fonts, string samplePath)
    {
        File.WriteAllBytes(samplePath, new CertificatePdfRenderer(fonts).Render(BenchmarkCertificates.Sample()));
        Console.WriteLine($"Wrote the sample certificate to {Path.GetFullPath(samplePath)}");
        return ExitCodes.Ok;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return ExitCodes.InvalidArguments;
    }
}
