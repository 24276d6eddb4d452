using ChronoMid.Models;

namespace ChronoMid.Evaluation.Reports;

/// <summary>The aggregated results of one model over every epoch budget it was run with.</summary>
/// <param name="Name">The model's name.</param>
/// <param name="Descriptor">The temporal descriptor the model was fed, as text.</param>
/// <param name="Parameters">The model's parameter counts (those of its first run record).</param>
/// <param name="Budgets">One summary per epoch budget, in ascending order of budget.</param>
public sealed record ModelResults(
    string Name, string Descriptor, ParameterCount Parameters, IReadOnlyList<BudgetSummary> Budgets)
{
    /// <summary>Finds the summary of one epoch budget.</summary>
    /// <param name="epochBudget">The number of epochs.</param>
    /// <returns>The summary, or <see langword="null"/> when the model was not run with that budget.</returns>
    public BudgetSummary? ForBudget(int epochBudget) => Budgets.FirstOrDefault(b => b.EpochBudget == epochBudget);
}
