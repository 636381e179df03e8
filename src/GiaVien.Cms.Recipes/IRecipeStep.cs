using System.Text.Json.Nodes;

namespace GiaVien.Cms.Recipes;

/// <summary>
/// One kind of recipe step ("Settings", "Content"…). Every step of a recipe is validated, in order, before
/// any is executed; validation records in the plan what the step will create, so later steps can refer to it.
/// </summary>
public interface IRecipeStep
{
    string Name { get; }

    void Validate(JsonObject step, RecipePlan plan, StepErrors errors);

    Task ExecuteAsync(JsonObject step, RecipeExecution execution, CancellationToken cancellationToken);
}

/// <summary>Collects the errors of one step, each located by the step's file and index.</summary>
public sealed class StepErrors(List<RecipeError> errors, string fileName, int stepIndex, string stepName)
{
    public void Add(string? field, string message) => errors.Add(new RecipeError(fileName, stepIndex, stepName, field, message));
}
