namespace GiaVien.Cms.Content.Fields;

/// <summary>What a field kind needs to turn its value into what a Liquid view sees: the site's path base for URLs.</summary>
public sealed record FieldDisplayContext(string BasePath);
