using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace ChronoMid.Dicom;

/// <summary>Validation and the list of elements to write.</summary>
public static partial class DicomWriter
{
    private static List<(DicomTag Tag, DicomVR VR, byte[] Value)> Build(DicomWritableImage image,
        DicomWriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(image);
        Validate(image, options);
        var study = image.StudyInstanceUid ?? Uid(options,
            $"study|{image.PatientId}|{image.StudyDate?.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}");
        var series = image.SeriesInstanceUid ?? Uid(options,
            $"series|{study}|{image.SeriesDescription}|{image.SeriesNumber}");
        var pixelHash = Convert.ToHexString(SHA256.HashData(MemoryMarshal.AsBytes(image.StoredValues.Span)));
        var instance = image.SopInstanceUid ?? Uid(options, $"instance|{series}|{image.InstanceNumber}|{pixelHash}");
        var modality = image.Modality ?? (options.SopClassUid == DicomWriteOptions.CTImageStorage ? "CT" : "OT");

        var list = new List<(DicomTag, DicomVR, byte[])>
        {
            (DicomTags.FileMetaInformationVersion, DicomVR.OB, [0, 1]),
            (DicomTags.MediaStorageSopClassUid, DicomVR.UI, DicomValueEncoder.Text(options.SopClassUid, DicomVR.UI)),
            (DicomTags.MediaStorageSopInstanceUid, DicomVR.UI, DicomValueEncoder.Text(instance, DicomVR.UI)),
            (DicomTags.TransferSyntaxUid, DicomVR.UI,
                DicomValueEncoder.Text(DicomTransferSyntax.ExplicitVRLittleEndian.Uid, DicomVR.UI)),
            (DicomTags.ImplementationClassUid, DicomVR.UI, DicomValueEncoder.Text(ImplementationClassUid, DicomVR.UI)),
            (DicomTags.ImplementationVersionName, DicomVR.SH,
                DicomValueEncoder.Text(options.ImplementationVersionName, DicomVR.SH)),
            (DicomTags.SopClassUid, DicomVR.UI, DicomValueEncoder.Text(options.SopClassUid, DicomVR.UI)),
            (DicomTags.SopInstanceUid, DicomVR.UI, DicomValueEncoder.Text(instance, DicomVR.UI)),
            (DicomTags.StudyDate, DicomVR.DA, DicomValueEncoder.Date(image.StudyDate)),
            (DicomTags.Modality, DicomVR.CS, DicomValueEncoder.Text(modality, DicomVR.CS)),
            (DicomTags.PatientName, DicomVR.PN, DicomValueEncoder.Text(image.PatientName ?? string.Empty, DicomVR.PN)),
            (DicomTags.PatientId, DicomVR.LO, DicomValueEncoder.Text(image.PatientId ?? string.Empty, DicomVR.LO)),
            (DicomTags.StudyInstanceUid, DicomVR.UI, DicomValueEncoder.Text(study, DicomVR.UI)),
            (DicomTags.SeriesInstanceUid, DicomVR.UI, DicomValueEncoder.Text(series, DicomVR.UI)),
            (DicomTags.SeriesNumber, DicomVR.IS, DicomValueEncoder.Integer(image.SeriesNumber)),
            (DicomTags.InstanceNumber, DicomVR.IS, DicomValueEncoder.Integer(image.InstanceNumber)),
            (DicomTags.SamplesPerPixel, DicomVR.US, DicomValueEncoder.UInt16(1)),
            (DicomTags.PhotometricInterpretation, DicomVR.CS,
                DicomValueEncoder.Text(image.PhotometricInterpretation, DicomVR.CS)),
            (DicomTags.Rows, DicomVR.US, DicomValueEncoder.UInt16(image.Rows)),
            (DicomTags.Columns, DicomVR.US, DicomValueEncoder.UInt16(image.Columns)),
            (DicomTags.BitsAllocated, DicomVR.US, DicomValueEncoder.UInt16(16)),
            (DicomTags.BitsStored, DicomVR.US, DicomValueEncoder.UInt16(image.BitsStored)),
            (DicomTags.HighBit, DicomVR.US, DicomValueEncoder.UInt16(image.BitsStored - 1)),
            (DicomTags.PixelRepresentation, DicomVR.US, DicomValueEncoder.UInt16(image.IsSigned ? 1 : 0)),
        };
        AddIf(list, image.AcquisitionDate is not null, DicomTags.AcquisitionDate, DicomVR.DA,
            () => DicomValueEncoder.Date(image.AcquisitionDate));
        AddIf(list, image.SeriesDescription is not null, DicomTags.SeriesDescription, DicomVR.LO,
            () => DicomValueEncoder.Text(image.SeriesDescription!, DicomVR.LO));
        AddIf(list, image.SliceThickness is not null, DicomTags.SliceThickness, DicomVR.DS,
            () => DicomValueEncoder.Decimals([image.SliceThickness!.Value]));
        AddIf(list, image.ImagePositionPatient is not null, DicomTags.ImagePositionPatient, DicomVR.DS,
            () => DicomValueEncoder.Decimals(image.ImagePositionPatient!));
        AddIf(list, image.ImageOrientationPatient is not null, DicomTags.ImageOrientationPatient, DicomVR.DS,
            () => DicomValueEncoder.Decimals(image.ImageOrientationPatient!));
        AddIf(list, image.PixelSpacing is not null, DicomTags.PixelSpacing, DicomVR.DS,
            () => DicomValueEncoder.Decimals(image.PixelSpacing!));
        AddIf(list, image.Frames > 1, DicomTags.NumberOfFrames, DicomVR.IS,
            () => DicomValueEncoder.Integer(image.Frames));
        AddIf(list, image.RescaleIntercept is not null, DicomTags.RescaleIntercept, DicomVR.DS,
            () => DicomValueEncoder.Decimals([image.RescaleIntercept!.Value]));
        AddIf(list, image.RescaleSlope is not null, DicomTags.RescaleSlope, DicomVR.DS,
            () => DicomValueEncoder.Decimals([image.RescaleSlope!.Value]));
        list.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        return list;
    }

    private static string Uid(DicomWriteOptions options, string seed) =>
        options.UidRoot is { } root ? DicomUid.FromRoot(root, seed) : DicomUid.FromSeed(seed);

    private static void AddIf(List<(DicomTag, DicomVR, byte[])> list, bool condition, DicomTag tag, DicomVR vr,
        Func<byte[]> value)
    {
        if (condition)
        {
            list.Add((tag, vr, value()));
        }
    }
}
