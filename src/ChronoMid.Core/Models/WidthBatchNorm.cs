using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace ChronoMid.Models;

/// <summary>
/// A batch norm over the width axis of N × C × H × W maps: one γ, β, moving mean and moving variance per column,
/// statistics over batch, channels and rows. This is what the paper's baseline CNN used.
/// </summary>
/// <remarks>
/// The maps are viewed as (N·C·H) × W without copying and normalised by torch's own batch norm, so the
/// numbers, the moving-average update and the state names (<c>weight</c>, <c>bias</c>, <c>running_mean</c>,
/// <c>running_var</c>, <c>num_batches_tracked</c>) match a PyTorch <c>BatchNorm1d(W)</c> applied to that view.
/// </remarks>
public sealed class WidthBatchNorm : nn.Module<Tensor, Tensor>
{
    private readonly double _momentum;
    private readonly double _epsilon;

    /// <summary>Initializes a new instance of the <see cref="WidthBatchNorm"/> class.</summary>
    /// <param name="columns">The width of the maps it normalises, in pixels.</param>
    /// <param name="momentum">The moving-average factor in PyTorch's convention (Keras's 0.99 is 0.01).</param>
    /// <param name="epsilon">The value added to the variance before the square root.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="columns"/> is less than 1.</exception>
    public WidthBatchNorm(long columns, double momentum = KerasDefaults.BatchNormMomentum,
        double epsilon = KerasDefaults.BatchNormEpsilon)
        : base(nameof(WidthBatchNorm))
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        Columns = columns;
        _momentum = momentum;
        _epsilon = epsilon;
        register_parameter("weight", new Parameter(ones(columns)));
        register_parameter("bias", new Parameter(zeros(columns)));
        register_buffer("running_mean", zeros(columns));
        register_buffer("running_var", ones(columns));
        register_buffer("num_batches_tracked", tensor(0L));
    }

    /// <summary>Gets the number of columns normalised, one parameter set each.</summary>
    public long Columns { get; }

    /// <summary>Normalises N × C × H × W maps column by column.</summary>
    /// <param name="input">The maps; the last dimension must equal <see cref="Columns"/>.</param>
    /// <returns>The normalised maps, same shape.</returns>
    /// <exception cref="ArgumentException">The input is not 4-dimensional or has another width.</exception>
    public override Tensor forward(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.dim() != 4 || input.shape[3] != Columns)
        {
            throw new ArgumentException(
                $"Expected N × C × H × {Columns} maps, found shape [{string.Join(", ", input.shape)}].",
                nameof(input));
        }

        var runningMean = get_buffer("running_mean")!;
        var runningVar = get_buffer("running_var")!;
        if (training)
        {
            using var noGrad = no_grad();
            get_buffer("num_batches_tracked")!.add_(1);
        }

        var flat = input.reshape(-1, Columns);
        var normalised = nn.functional.batch_norm(flat, runningMean, runningVar, get_parameter("weight"),
            get_parameter("bias"), training, _momentum, _epsilon);
        return normalised.reshape(input.shape);
    }
}
