namespace GiaVien.Cms.Themes;

/// <summary>Bound from <c>Cms:Themes</c>.</summary>
public sealed class ThemesOptions
{
    /// <summary>Folder holding the themes; relative paths are from the application's folder.</summary>
    public string Path { get; set; } = "themes";

    public string Theme { get; set; } = "GiaVien.Theme";

    /// <summary>The theme's folder (<c>Views</c>, <c>wwwroot</c>), absolute.</summary>
    public string ThemeFolder => System.IO.Path.Combine(System.IO.Path.GetFullPath(Path, AppContext.BaseDirectory), Theme);

    /// <summary>The theme's static files, served under <c>/theme</c>.</summary>
    public string AssetsFolder => System.IO.Path.Combine(ThemeFolder, "wwwroot");
}
