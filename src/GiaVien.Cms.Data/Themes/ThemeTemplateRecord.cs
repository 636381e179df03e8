namespace GiaVien.Cms.Data.Themes;

/// <summary>
/// The tenant's own version of one theme view (Liquid source). Kept in the tenant's database so every web node
/// renders the same templates.
/// </summary>
public sealed class ThemeTemplateRecord
{
    /// <summary>The theme view it replaces, e.g. <c>Page</c> (letters and digits only).</summary>
    public required string View { get; set; }

    public required string Source { get; set; }

    public DateTime ModifiedUtc { get; set; }

    public required string ModifiedBy { get; set; }
}
