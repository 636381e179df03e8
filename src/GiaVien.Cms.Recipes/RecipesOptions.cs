namespace GiaVien.Cms.Recipes;

/// <summary>Bound from <c>Cms</c>: where recipes live, and the first-run setup (<c>Cms:Setup</c>).</summary>
public sealed class RecipesOptions
{
    /// <summary>Folder of <c>*.recipe.json</c> files; relative paths are from the application's folder.</summary>
    public string RecipesPath { get; set; } = "recipes";
}

public sealed class SetupOptions
{
    /// <summary>Recipe applied to the district site when the host has no tenant yet.</summary>
    public string Recipe { get; set; } = "giavien-demo";

    public string AdminUserName { get; set; } = "admin";

    public string? AdminEmail { get; set; }

    /// <summary>When empty, a strong password is generated and printed once on the console.</summary>
    public string? AdminPassword { get; set; }

    /// <summary>Display name of the district (default) tenant.</summary>
    public string SiteName { get; set; } = "UBND huyện Gia Viễn";
}
