namespace GiaVien.Cms.Themes;

/// <summary>Bound from <c>Cms:Themes</c>.</summary>
public sealed class ThemesOptions
{
    /// <summary>Folder holding the themes; relative paths are from the application's folder.</summary>
    public string Path { get; set; } = "themes";

    public string Theme { get; set; } = "GiaVien.Theme";
}
