namespace ChronoMid.Imaging.Fft;

/// <summary>
/// One worker's buffers for transforming a block of <see cref="Fft2D.BlockLanes"/> sequences: the gathered data
/// (element n of lane l at <c>n * lanes + l</c>) and the Stockham and Bluestein workspaces.
/// </summary>
internal sealed class FftScratch
{
    public FftScratch(int dataRows, int workRows, int lanes)
    {
        DataRe = new float[dataRows * lanes];
        DataIm = new float[dataRows * lanes];
        WorkRe = new float[workRows * lanes];
        WorkIm = new float[workRows * lanes];
        Work2Re = new float[workRows * lanes];
        Work2Im = new float[workRows * lanes];
    }

    public float[] DataRe { get; }

    public float[] DataIm { get; }

    public float[] WorkRe { get; }

    public float[] WorkIm { get; }

    public float[] Work2Re { get; }

    public float[] Work2Im { get; }
}
