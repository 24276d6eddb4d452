namespace ChronoMid.Imaging;

/// <summary>
/// The translation that aligns a reference image onto a comparison image, with scikit-image's quality figures.
/// </summary>
/// <remarks>
/// The sign convention is that of <c>skimage.registration.phase_cross_correlation(comparison, reference)</c>:
/// translating the reference by (<see cref="RowShift"/>, <see cref="ColumnShift"/>) with
/// <c>scipy.ndimage.shift</c> semantics, so that output pixel (r, c) takes the reference's value at
/// (r − RowShift, c − ColumnShift), aligns it onto the comparison image.
/// </remarks>
/// <param name="RowShift">The shift down the rows (dy), in pixels; positive moves the reference down.</param>
/// <param name="ColumnShift">The shift along the columns (dx), in pixels; positive moves the reference right.</param>
/// <param name="Error">
/// The translation-invariant normalised RMS error between the two images, as scikit-image computes it
/// (0 = identical up to translation; with <see cref="CrossPowerNormalization.Phase"/> it is close to 1 and
/// says little).
/// </param>
/// <param name="PhaseDifference">The global phase difference, in radians (zero for non-negative images).</param>
public readonly record struct RegistrationResult(
    double RowShift, double ColumnShift, double Error, double PhaseDifference);
