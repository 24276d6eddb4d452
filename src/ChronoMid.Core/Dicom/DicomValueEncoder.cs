using System.Buffers.Binary;
using System.Globalization;
using System.Text;

namespace ChronoMid.Dicom;

/// <summary>Encodes values for the writer, padded to even length (space for text, NUL for UI).</summary>
internal static class DicomValueEncoder
{
    public static byte[] Text(string text, DicomVR vr)
    {
        var length = text.Length + (text.Length & 1);
        var bytes = new byte[length];
        Encoding.ASCII.GetBytes(text, bytes);
        if (length > text.Length)
        {
            bytes[^1] = DicomVRInfo.PaddingByte(vr);
        }

        return bytes;
    }

    public static byte[] Integer(int? value) =>
        Text(value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, DicomVR.IS);

    public static byte[] Date(DateOnly? date) =>
        Text(date?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? string.Empty, DicomVR.DA);

    public static byte[] Decimals(IReadOnlyList<double> values) =>
        Text(string.Join('\\', values.Select(FormatDecimal)), DicomVR.DS);

    public static byte[] UInt16(int value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, (ushort)value);
        return bytes;
    }

    /// <summary>Formats a number as a DS value of at most 16 characters, exact when it fits (round-trip
    /// formatting), otherwise with as many significant digits as fit.</summary>
    public static string FormatDecimal(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        for (var digits = 15; text.Length > 16 && digits > 0; digits--)
        {
            text = value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        return text;
    }
}
