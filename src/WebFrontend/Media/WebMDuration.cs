using System.Buffers.Binary;
using System.Text;

namespace Mooc.WebFrontend.Media;

/// <summary>
/// Reads a WebM signature (EBML header with DocType <c>webm</c>) and its length from <c>Segment/Info</c>:
/// Duration × TimecodeScale nanoseconds. Seeks over everything else, and stops at the first Cluster (Info comes first).
/// </summary>
public static class WebMDuration
{
    private const uint EbmlId = 0x1A45DFA3;
    private const uint DocTypeId = 0x4282;
    private const uint SegmentId = 0x18538067;
    private const uint InfoId = 0x1549A966;
    private const uint ClusterId = 0x1F43B675;
    private const uint TimecodeScaleId = 0x2AD7B1;
    private const uint DurationId = 0x4489;

    public static bool HasSignature(ReadOnlySpan<byte> head) => head.Length >= 4 && BinaryPrimitives.ReadUInt32BigEndian(head) == EbmlId;

    /// <summary>True for an EBML file whose DocType is <c>webm</c>.</summary>
    public static bool IsWebM(Stream seekable)
    {
        seekable.Position = 0;
        if (ReadElement(seekable) is not { Id: EbmlId } header)
        {
            return false;
        }

        return Child(seekable, header.DataStart, header.End, DocTypeId) is { } docType
            && docType.End - docType.DataStart is > 0 and <= 16
            && ReadString(seekable, docType) == "webm";
    }

    /// <summary>The length, or null when the file has no Duration (e.g. a live recording that was never finalised).</summary>
    public static TimeSpan? Read(Stream seekable)
    {
        seekable.Position = 0;
        if (ReadElement(seekable) is not { Id: EbmlId } header)
        {
            return null;
        }

        seekable.Position = header.End;
        if (ReadElement(seekable) is not { Id: SegmentId } segment
            || Child(seekable, segment.DataStart, segment.End, InfoId) is not { } info
            || Child(seekable, info.DataStart, info.End, DurationId) is not { } duration)
        {
            return null;
        }

        var scale = Child(seekable, info.DataStart, info.End, TimecodeScaleId) is { } s ? ReadUnsigned(seekable, s) : 1_000_000UL;
        var ticks = ReadFloat(seekable, duration);
        if (scale is null or 0 || ticks is not { } t || double.IsNaN(t) || t <= 0 || double.IsInfinity(t))
        {
            return null;
        }

        return TimeSpan.FromSeconds(t * scale.Value / 1e9);
    }

    private readonly record struct Element(uint Id, long DataStart, long End);

    private static Element? Child(Stream s, long start, long end, uint id)
    {
        var position = start;
        while (position < end)
        {
            s.Position = position;
            if (ReadElement(s) is not { } e || e.Id == ClusterId)
            {
                return null;
            }

            if (e.Id == id)
            {
                return e with { End = Math.Min(e.End, end) };
            }

            position = e.End;
        }

        return null;
    }

    /// <summary>An element header at the stream's position; an unknown size runs to the end of the stream.</summary>
    private static Element? ReadElement(Stream s)
    {
        var id = ReadVint(s, keepMarker: true, maxLength: 4, out _);
        var size = ReadVint(s, keepMarker: false, maxLength: 8, out var unknown);
        if (id is null || size is null)
        {
            return null;
        }

        var dataStart = s.Position;
        var end = unknown || size.Value > (ulong)(s.Length - dataStart) ? s.Length : dataStart + (long)size.Value;
        return new Element((uint)id.Value, dataStart, end);
    }

    private static ulong? ReadVint(Stream s, bool keepMarker, int maxLength, out bool unknown)
    {
        unknown = false;
        var first = s.ReadByte();
        if (first <= 0)
        {
            return null;
        }

        var length = 1;
        while (length <= 8 && (first & (0x80 >> (length - 1))) == 0)
        {
            length++;
        }

        if (length > maxLength)
        {
            return null;
        }

        var value = keepMarker ? (ulong)first : (ulong)(first & (0xFF >> length));
        var allOnes = value == (ulong)(0xFF >> length);
        for (var i = 1; i < length; i++)
        {
            var next = s.ReadByte();
            if (next < 0)
            {
                return null;
            }

            allOnes &= next == 0xFF;
            value = (value << 8) | (uint)next;
        }

        unknown = !keepMarker && allOnes;
        return value;
    }

    private static byte[]? ReadData(Stream s, Element e, int maxLength)
    {
        var length = e.End - e.DataStart;
        if (length <= 0 || length > maxLength)
        {
            return null;
        }

        var buffer = new byte[length];
        s.Position = e.DataStart;
        return s.Read(buffer) == buffer.Length ? buffer : null;
    }

    private static string? ReadString(Stream s, Element e) =>
        ReadData(s, e, 16) is { } bytes ? Encoding.ASCII.GetString(bytes).TrimEnd('\0') : null;

    private static ulong? ReadUnsigned(Stream s, Element e) =>
        ReadData(s, e, 8) is { } bytes ? bytes.Aggregate(0UL, (v, b) => (v << 8) | b) : null;

    private static double? ReadFloat(Stream s, Element e) => ReadData(s, e, 8) switch
    {
        { Length: 4 } b => BinaryPrimitives.ReadSingleBigEndian(b),
        { Length: 8 } b => BinaryPrimitives.ReadDoubleBigEndian(b),
        _ => null,
    };
}
