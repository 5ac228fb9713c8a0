using System.Buffers.Binary;
using System.Text;

namespace Mooc.TestSupport;

/// <summary>
/// Builds small ISO base media files for tests: <c>ftyp</c>, a <c>moov</c> holding an <c>mvhd</c> (version 0 or 1)
/// and an <c>mdat</c> of pseudo-random bytes, with <c>moov</c> before or after <c>mdat</c>.
/// </summary>
public static class Mp4File
{
    public static byte[] Build(uint timescale, ulong duration, int mdatBytes = 4096, int version = 0, bool moovFirst = true, bool largeMdat = false)
    {
        var ftyp = Box("ftyp", [.. "isom"u8, 0, 0, 2, 0, .. "isomiso2avc1mp41"u8]);
        var mvhd = version == 1 ? MovieHeaderV1(timescale, duration) : MovieHeaderV0(timescale, (uint)duration);
        var moov = Box("moov", [.. Box("udta", []), .. Box("mvhd", mvhd)]);
        var payload = new byte[mdatBytes];
        new Random(mdatBytes).NextBytes(payload);
        var mdat = largeMdat ? LargeBox("mdat", payload) : Box("mdat", payload);
        return moovFirst ? [.. ftyp, .. moov, .. mdat] : [.. ftyp, .. mdat, .. moov];
    }

    private static byte[] MovieHeaderV0(uint timescale, uint duration)
    {
        var b = new byte[100];
        BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(12), timescale);
        BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(16), duration);
        return b;
    }

    private static byte[] MovieHeaderV1(uint timescale, ulong duration)
    {
        var b = new byte[112];
        b[0] = 1;
        BinaryPrimitives.WriteUInt32BigEndian(b.AsSpan(20), timescale);
        BinaryPrimitives.WriteUInt64BigEndian(b.AsSpan(24), duration);
        return b;
    }

    private static byte[] Box(string type, byte[] payload)
    {
        var b = new byte[8 + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(b, (uint)b.Length);
        Encoding.ASCII.GetBytes(type, b.AsSpan(4));
        payload.CopyTo(b, 8);
        return b;
    }

    private static byte[] LargeBox(string type, byte[] payload)
    {
        var b = new byte[16 + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(b, 1);
        Encoding.ASCII.GetBytes(type, b.AsSpan(4));
        BinaryPrimitives.WriteUInt64BigEndian(b.AsSpan(8), (ulong)b.Length);
        payload.CopyTo(b, 16);
        return b;
    }
}
