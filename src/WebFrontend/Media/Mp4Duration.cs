using System.Buffers.Binary;

namespace Mooc.WebFrontend.Media;

/// <summary>
/// Reads an MP4 (ISO base media file) signature and its length from the movie header box (<c>moov/mvhd</c>):
/// duration ÷ timescale. Walks box headers and seeks over payloads, so a 500 MB file costs a few reads wherever
/// <c>moov</c> sits (at the start after "faststart", or after <c>mdat</c>).
/// </summary>
public static class Mp4Duration
{
    /// <summary>True when the file starts with a <c>ftyp</c> box, as every MP4 does.</summary>
    public static bool HasSignature(ReadOnlySpan<byte> head) =>
        head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8) && BinaryPrimitives.ReadUInt32BigEndian(head) >= 8;

    /// <summary>The length, or null when there is no usable <c>mvhd</c> (missing, truncated, zero timescale, unknown duration).</summary>
    public static TimeSpan? Read(Stream seekable)
    {
        var moov = FindBox(seekable, 0, seekable.Length, "moov"u8);
        if (moov is not { } m)
        {
            return null;
        }

        var mvhd = FindBox(seekable, m.PayloadStart, m.End, "mvhd"u8);
        return mvhd is { } h ? ReadMovieHeader(seekable, h) : null;
    }

    private readonly record struct Box(long PayloadStart, long End);

    private static Box? FindBox(Stream s, long start, long end, ReadOnlySpan<byte> type)
    {
        Span<byte> header = stackalloc byte[16];
        var position = start;
        while (position + 8 <= end)
        {
            s.Position = position;
            if (!TryRead(s, header[..8]))
            {
                return null;
            }

            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            var headerLength = 8L;
            if (size == 1)
            {
                if (!TryRead(s, header[8..16]))
                {
                    return null;
                }

                size = (long)Math.Min(BinaryPrimitives.ReadUInt64BigEndian(header[8..16]), long.MaxValue);
                headerLength = 16;
            }
            else if (size == 0)
            {
                size = end - position;
            }

            if (size < headerLength || position + size > end)
            {
                return null;
            }

            if (header[4..8].SequenceEqual(type))
            {
                return new Box(position + headerLength, position + size);
            }

            position += size;
        }

        return null;
    }

    private static TimeSpan? ReadMovieHeader(Stream s, Box box)
    {
        Span<byte> b = stackalloc byte[32];
        s.Position = box.PayloadStart;
        if (box.End - box.PayloadStart < 20 || !TryRead(s, b[..1]))
        {
            return null;
        }

        ulong timescale, duration;
        if (b[0] == 1)
        {
            // version 1: flags(3) created(8) modified(8) timescale(4) duration(8)
            if (box.End - box.PayloadStart < 32 || !TryRead(s, b[1..32]))
            {
                return null;
            }

            timescale = BinaryPrimitives.ReadUInt32BigEndian(b[20..24]);
            duration = BinaryPrimitives.ReadUInt64BigEndian(b[24..32]);
            if (duration == ulong.MaxValue)
            {
                return null;
            }
        }
        else if (b[0] == 0)
        {
            // version 0: flags(3) created(4) modified(4) timescale(4) duration(4)
            if (!TryRead(s, b[1..20]))
            {
                return null;
            }

            timescale = BinaryPrimitives.ReadUInt32BigEndian(b[12..16]);
            duration = BinaryPrimitives.ReadUInt32BigEndian(b[16..20]);
            if (duration == uint.MaxValue)
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        return timescale == 0 ? null : TimeSpan.FromSeconds((double)duration / timescale);
    }

    private static bool TryRead(Stream s, Span<byte> buffer)
    {
        try
        {
            s.ReadExactly(buffer);
            return true;
        }
        catch (EndOfStreamException)
        {
            return false;
        }
    }
}
