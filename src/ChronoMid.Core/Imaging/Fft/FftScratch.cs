namespace ChronoMid.Imaging.Fft;

/// <summary>
/// One worker's buffers for transforming a block of <see cref="Fft2D.BlockLanes"/> sequences: the gathered data
/// (element n of lane l at <c>n * stride + l</c>) and the Stockham and Bluestein workspaces.
/// </summary>
internal sealed class FftScratch
{
    public FftScratch(int dataRows, int workRows, int stride)
    {
        DataRe = new float[dataRows * stride];
        DataIm = new float[dataRows * stride];
        WorkRe = new float[workRows * stride];
        WorkIm = new float[workRows * stride];
        Work2Re = new float[workRows * stride];
        Work2Im = new float[workRows * stride];
    }

    public float[] DataRe { get; }

    public float[] DataIm { get; }

    public float[] WorkRe { get; }

    public float[] WorkIm { get; }

    public float[] Work2Re { get; }

    public float[] Work2Im { get; }
}
