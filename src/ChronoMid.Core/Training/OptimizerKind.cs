namespace ChronoMid.Training;

/// <summary>The optimiser that updates a network's weights.</summary>
public enum OptimizerKind
{
    /// <summary>Adam (β₁ 0.9, β₂ 0.999, ε 1e-7 as Keras sets it), with L2 as a loss term, not decoupled
    /// decay.</summary>
    Adam,

    /// <summary>Stochastic gradient descent, with optional momentum.</summary>
    Sgd,
}
