namespace GiaVien.Cms.Recipes;

/// <summary>One problem in a recipe, located by file, step and field so the author can go straight to it.</summary>
public sealed record RecipeError(string FileName, int? StepIndex, string? StepName, string? Field, string Message)
{
    public override string ToString()
    {
        var step = StepIndex is null ? "" : $" steps[{StepIndex}]" + (StepName is null ? "" : $" ({StepName})");
        var field = Field is null ? "" : $" {Field}";
        return $"{FileName}{step}{field}: {Message}";
    }
}

/// <summary>A recipe was refused before anything was applied, or failed and was rolled back.</summary>
public sealed class RecipeException : Exception
{
    public RecipeException(IReadOnlyList<RecipeError> errors) : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public RecipeException() : this([])
    {
    }

    public RecipeException(string message) : base(message)
    {
        Errors = [];
    }

    public RecipeException(string message, Exception innerException) : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<RecipeError> Errors { get; }
}
