using System.Buffers;
using System.Buffers.Binary;

namespace ChronoMid.Dicom;

/// <summary>Byte-level output: preamble, File Meta with its group length, data set, Pixel Data.</summary>
public static partial class DicomWriter
{
    private static void Encode(Stream stream, List<(DicomTag Tag, DicomVR VR, byte[] Value)> elements,
        ReadOnlySpan<int> pixels)
    {
        Span<byte> header = stackalloc byte[12];
        stream.Write(new byte[128]);
        stream.Write("DICM"u8);
        var meta = elements.Where(e => e.Tag.Group == 0x0002).ToList();
        var metaLength = meta.Sum(e => HeaderSize(e.VR) + e.Value.Length);
        var groupLength = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(groupLength, (uint)metaLength);
        WriteElement(stream, header, DicomTags.FileMetaInformationGroupLength, DicomVR.UL, groupLength);
        foreach (var (tag, vr, value) in elements)
        {
            WriteElement(stream, header, tag, vr, value);
        }

        var length = WriteHeader(header, DicomTags.PixelData, DicomVR.OW, (uint)(pixels.Length * 2));
        stream.Write(header[..length]);
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            var perChunk = chunk.Length / 2;
            for (var start = 0; start < pixels.Length; start += perChunk)
            {
                var count = Math.Min(perChunk, pixels.Length - start);
                for (var i = 0; i < count; i++)
                {
                    BinaryPrimitives.WriteUInt16LittleEndian(chunk.AsSpan(i * 2), (ushort)pixels[start + i]);
                }

                stream.Write(chunk, 0, count * 2);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static int HeaderSize(DicomVR vr) => DicomVRInfo.HasLongLength(vr) ? 12 : 8;

    private static void WriteElement(Stream stream, Span<byte> header, DicomTag tag, DicomVR vr, byte[] value)
    {
        var length = WriteHeader(header, tag, vr, (uint)value.Length);
        stream.Write(header[..length]);
        stream.Write(value);
    }

    private static int WriteHeader(Span<byte> header, DicomTag tag, DicomVR vr, uint length)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(header, tag.Group);
        BinaryPrimitives.WriteUInt16LittleEndian(header[2..], tag.Element);
        var name = vr.ToString();
        header[4] = (byte)name[0];
        header[5] = (byte)name[1];
        if (DicomVRInfo.HasLongLength(vr))
        {
            header[6] = 0;
            header[7] = 0;
            BinaryPrimitives.WriteUInt32LittleEndian(header[8..], length);
            return 12;
        }

        BinaryPrimitives.WriteUInt16LittleEndian(header[6..], (ushort)length);
        return 8;
    }
}
