namespace GiaVien.Cms.Data.Settings;

/// <summary>One named site setting of the tenant (site name, banner text, contact details…).</summary>
public sealed class SiteSetting
{
    public required string Name { get; set; }
    public required string Value { get; set; }
}
