using System.Collections.Frozen;

namespace ChronoMid.Dicom;

/// <summary>A transfer syntax: how a data set and its pixels are encoded (PS3.5 section 10).</summary>
public sealed class DicomTransferSyntax
{
    /// <summary>Implicit VR Little Endian, 1.2.840.10008.1.2 (the DICOM default).</summary>
    public static readonly DicomTransferSyntax ImplicitVRLittleEndian =
        Add("1.2.840.10008.1.2", "Implicit VR Little Endian", explicitVR: false, pixels: PixelEncoding.Native);

    /// <summary>Explicit VR Little Endian, 1.2.840.10008.1.2.1.</summary>
    public static readonly DicomTransferSyntax ExplicitVRLittleEndian =
        Add("1.2.840.10008.1.2.1", "Explicit VR Little Endian", explicitVR: true, pixels: PixelEncoding.Native);

    /// <summary>Deflated Explicit VR Little Endian, 1.2.840.10008.1.2.1.99.</summary>
    public static readonly DicomTransferSyntax DeflatedExplicitVRLittleEndian = Add(
        "1.2.840.10008.1.2.1.99", "Deflated Explicit VR Little Endian", true, PixelEncoding.Native, deflated: true);

    /// <summary>Explicit VR Big Endian (retired), 1.2.840.10008.1.2.2.</summary>
    public static readonly DicomTransferSyntax ExplicitVRBigEndian = Add(
        "1.2.840.10008.1.2.2", "Explicit VR Big Endian", true, PixelEncoding.Native, bigEndian: true);

    /// <summary>RLE Lossless, 1.2.840.10008.1.2.5.</summary>
    public static readonly DicomTransferSyntax RleLossless =
        Add("1.2.840.10008.1.2.5", "RLE Lossless", explicitVR: true, pixels: PixelEncoding.Rle);

    // Declared after the five syntaxes above: static fields initialise in textual order.
    private static readonly FrozenDictionary<string, DicomTransferSyntax> Known = BuildTable();

    private static FrozenDictionary<string, DicomTransferSyntax> BuildTable()
    {
        (string Uid, string Name)[] encapsulated =
        [
            ("1.2.840.10008.1.2.4.50", "JPEG Baseline (Process 1)"),
            ("1.2.840.10008.1.2.4.51", "JPEG Extended (Process 2 & 4)"),
            ("1.2.840.10008.1.2.4.57", "JPEG Lossless, Non-Hierarchical (Process 14)"),
            ("1.2.840.10008.1.2.4.70", "JPEG Lossless, Non-Hierarchical, First-Order Prediction (Process 14 [SV1])"),
            ("1.2.840.10008.1.2.4.80", "JPEG-LS Lossless Image Compression"),
            ("1.2.840.10008.1.2.4.81", "JPEG-LS Lossy (Near-Lossless) Image Compression"),
            ("1.2.840.10008.1.2.4.90", "JPEG 2000 Image Compression (Lossless Only)"),
            ("1.2.840.10008.1.2.4.91", "JPEG 2000 Image Compression"),
            ("1.2.840.10008.1.2.4.92", "JPEG 2000 Part 2 Multi-component Image Compression (Lossless Only)"),
            ("1.2.840.10008.1.2.4.93", "JPEG 2000 Part 2 Multi-component Image Compression"),
            ("1.2.840.10008.1.2.4.94", "JPIP Referenced"),
            ("1.2.840.10008.1.2.4.95", "JPIP Referenced Deflate"),
            ("1.2.840.10008.1.2.4.100", "MPEG2 Main Profile / Main Level"),
            ("1.2.840.10008.1.2.4.101", "MPEG2 Main Profile / High Level"),
            ("1.2.840.10008.1.2.4.102", "MPEG-4 AVC/H.264 High Profile / Level 4.1"),
            ("1.2.840.10008.1.2.4.103", "MPEG-4 AVC/H.264 BD-compatible High Profile / Level 4.1"),
            ("1.2.840.10008.1.2.4.201", "High-Throughput JPEG 2000 Image Compression (Lossless Only)"),
            ("1.2.840.10008.1.2.4.202", "High-Throughput JPEG 2000 with RPCL Options Image Compression"),
            ("1.2.840.10008.1.2.4.203", "High-Throughput JPEG 2000 Image Compression"),
        ];
        DicomTransferSyntax[] native =
            [ImplicitVRLittleEndian, ExplicitVRLittleEndian, DeflatedExplicitVRLittleEndian, ExplicitVRBigEndian,
                RleLossless];
        return native.Concat(encapsulated.Select(e => Add(e.Uid, e.Name, true, PixelEncoding.Unsupported)))
            .ToFrozenDictionary(syntax => syntax.Uid, StringComparer.Ordinal);
    }

    private DicomTransferSyntax(string uid, string name, bool explicitVR, bool bigEndian, bool deflated,
        PixelEncoding pixels, bool known)
    {
        Uid = uid;
        Name = name;
        IsExplicitVR = explicitVR;
        IsBigEndian = bigEndian;
        IsDeflated = deflated;
        Pixels = pixels;
        IsKnown = known;
    }

    /// <summary>How the pixels of a transfer syntax are stored.</summary>
    internal enum PixelEncoding
    {
        /// <summary>Uncompressed (native) samples.</summary>
        Native,

        /// <summary>RLE Lossless fragments.</summary>
        Rle,

        /// <summary>Encapsulated in a codec ChronoMid does not decode.</summary>
        Unsupported,
    }

    /// <summary>Gets the transfer syntax UID, for example <c>1.2.840.10008.1.2.1</c>.</summary>
    /// <value>The UID without padding.</value>
    public string Uid { get; }

    /// <summary>Gets the transfer syntax's name from PS3.6, or <c>Unknown transfer syntax</c>.</summary>
    /// <value>A human-readable name.</value>
    public string Name { get; }

    /// <summary>Gets a value indicating whether element headers carry their VR.</summary>
    /// <value><see langword="false"/> only for Implicit VR Little Endian.</value>
    public bool IsExplicitVR { get; }

    /// <summary>Gets a value indicating whether numbers are big endian.</summary>
    /// <value><see langword="true"/> only for Explicit VR Big Endian.</value>
    public bool IsBigEndian { get; }

    /// <summary>Gets a value indicating whether the data set after the File Meta group is deflated.</summary>
    /// <value><see langword="true"/> only for Deflated Explicit VR Little Endian.</value>
    public bool IsDeflated { get; }

    /// <summary>Gets a value indicating whether Pixel Data is encapsulated (stored as fragments).</summary>
    /// <value><see langword="true"/> for RLE, JPEG and the other compressed syntaxes.</value>
    public bool IsEncapsulated => Pixels != PixelEncoding.Native;

    /// <summary>Gets a value indicating whether ChronoMid can decode this syntax's pixels.</summary>
    /// <value><see langword="true"/> for the four native syntaxes and RLE Lossless.</value>
    public bool IsPixelDataSupported => Pixels != PixelEncoding.Unsupported;

    /// <summary>Gets a value indicating whether the UID is one ChronoMid knows by name.</summary>
    /// <value><see langword="false"/> for UIDs not in its table; those are read as explicit VR little endian
    /// encapsulated data whose pixels cannot be decoded.</value>
    public bool IsKnown { get; }

    internal PixelEncoding Pixels { get; }

    /// <summary>Finds a transfer syntax by UID; unknown UIDs give an unsupported, encapsulated syntax.</summary>
    /// <param name="uid">The UID, with or without trailing NUL or space padding.</param>
    /// <returns>The known syntax, or a new unknown one carrying <paramref name="uid"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="uid"/> is <see langword="null"/>.</exception>
    public static DicomTransferSyntax Lookup(string uid)
    {
        ArgumentNullException.ThrowIfNull(uid);
        var trimmed = uid.Trim().TrimEnd('\0');
        return Known.TryGetValue(trimmed, out var syntax)
            ? syntax
            : new DicomTransferSyntax(trimmed, "Unknown transfer syntax", true, false, false,
                PixelEncoding.Unsupported, known: false);
    }

    /// <summary>Returns the name and UID, for example <c>RLE Lossless (1.2.840.10008.1.2.5)</c>.</summary>
    /// <returns>The name followed by the UID in parentheses.</returns>
    public override string ToString() => $"{Name} ({Uid})";

    private static DicomTransferSyntax Add(string uid, string name, bool explicitVR, PixelEncoding pixels,
        bool bigEndian = false, bool deflated = false)
    {
        return new DicomTransferSyntax(uid, name, explicitVR, bigEndian, deflated, pixels, known: true);
    }
}
