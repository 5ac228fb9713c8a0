using System.Buffers.Binary;
using System.Globalization;

namespace Mooc.LoadTests.Monitoring;

/// <summary>Pure parsers of Linux <c>/proc</c> files, given their contents; they return null for malformed input.</summary>
public static class ProcParser
{
    /// <summary>The auxiliary vector entry that carries the clock tick rate (sysconf(_SC_CLK_TCK) reads it).</summary>
    private const ulong AtClockTicks = 17;

    // Fields after the comm, counted from state = 0 (proc(5) numbers them from pid = 1: state is 3).
    private const int UtimeField = 11;
    private const int StimeField = 12;
    private const int StartTimeField = 19;

    /// <summary>
    /// Parses <c>/proc/&lt;pid&gt;/stat</c>: <c>pid (comm) state ppid … utime stime … starttime …</c>.
    /// The comm may itself hold spaces and parentheses, so it ends at the last ')'.
    /// </summary>
    public static ProcStat? ParseStat(string stat)
    {
        var open = stat.IndexOf('(', StringComparison.Ordinal);
        var close = stat.LastIndexOf(')');
        if (open < 0 || close < open)
        {
            return null;
        }

        var rest = stat.AsSpan(close + 1);
        long utime = 0, stime = 0;
        var field = 0;
        foreach (var range in rest.Split(' '))
        {
            var token = rest[range];
            if (token.IsEmpty)
            {
                continue;
            }

            if (field is UtimeField or StimeField or StartTimeField)
            {
                if (!long.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                {
                    return null;
                }

                if (field == StartTimeField)
                {
                    return new ProcStat(stat[(open + 1)..close], utime + stime, value);
                }

                (utime, stime) = field == UtimeField ? (value, stime) : (utime, value);
            }

            field++;
        }

        return null;
    }

    /// <summary>Resident memory from <c>/proc/&lt;pid&gt;/statm</c>: its second field, in pages.</summary>
    public static long? ParseStatmRssBytes(string statm, int pageSize)
    {
        var span = statm.AsSpan().Trim();
        var field = 0;
        foreach (var range in span.Split(' '))
        {
            if (field++ == 1)
            {
                return long.TryParse(span[range], NumberStyles.None, CultureInfo.InvariantCulture, out var pages)
                    ? pages * pageSize
                    : null;
            }
        }

        return null;
    }

    /// <summary>Resident memory from the <c>VmRSS:   1234 kB</c> line of <c>/proc/&lt;pid&gt;/status</c>; null without one.</summary>
    public static long? ParseStatusRssBytes(string status)
    {
        var text = status.AsSpan();
        foreach (var range in text.Split('\n'))
        {
            var line = text[range];
            if (!line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                continue;
            }

            var value = line["VmRSS:".Length..].Trim();
            var unit = value.IndexOf(' ');
            var number = unit < 0 ? value : value[..unit];
            return long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var kib) ? kib * 1024 : null;
        }

        return null;
    }

    /// <summary>The NUL-separated arguments of <c>/proc/&lt;pid&gt;/cmdline</c>; empty for kernel threads and zombies.</summary>
    public static IReadOnlyList<string> ParseCmdline(string cmdline) =>
        cmdline.Split('\0', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The clock tick rate (AT_CLKTCK) in <c>/proc/self/auxv</c>: native-endian (type, value) word pairs.</summary>
    public static int? ParseAuxvClockTicks(ReadOnlySpan<byte> auxv, int wordSize)
    {
        for (var at = 0; at + (2 * wordSize) <= auxv.Length; at += 2 * wordSize)
        {
            var type = Word(auxv.Slice(at, wordSize));
            if (type == AtClockTicks)
            {
                var value = Word(auxv.Slice(at + wordSize, wordSize));
                return value is > 0 and <= int.MaxValue ? (int)value : null;
            }

            if (type == 0)
            {
                break;
            }
        }

        return null;
    }

    private static ulong Word(ReadOnlySpan<byte> word) => word.Length == 8
        ? (BitConverter.IsLittleEndian ? BinaryPrimitives.ReadUInt64LittleEndian(word) : BinaryPrimitives.ReadUInt64BigEndian(word))
        : (BitConverter.IsLittleEndian ? BinaryPrimitives.ReadUInt32LittleEndian(word) : BinaryPrimitives.ReadUInt32BigEndian(word));
}
