using System.Runtime.InteropServices;
using System.Security.Cryptography;
using ChronoMid.Synthetic;

namespace ChronoMid.Tests.Synthetic;

/// <summary>SHA-256 of a slice's stored values and metadata, for bit-identity checks.</summary>
internal static class SliceHashes
{
    public static string Of(PhantomSlice slice)
    {
        var bytes = MemoryMarshal.AsBytes(slice.StoredValues.Span);
        var header = $"{slice.SubjectId}|{slice.Week}|{slice.Index}|{slice.Rows}|{slice.Columns}|{slice.PositionMm}";
        return Convert.ToHexString(SHA256.HashData([.. System.Text.Encoding.UTF8.GetBytes(header), .. bytes]));
    }

    public static string[] OfStudy(PhantomStudy study) =>
        [.. study.Scans.SelectMany(scan => scan.EnumerateSlices()).Select(Of)];
}
