namespace GiaVien.Cms.Data.Content;

/// <summary>A content type or content part definition, stored as JSON (parts, fields, settings).</summary>
public sealed class ContentDefinitionRecord
{
    public required string Name { get; set; }
    public required ContentDefinitionKind Kind { get; set; }
    public required string DisplayName { get; set; }
    public required string Definition { get; set; }
}

public enum ContentDefinitionKind
{
    Type = 0,
    Part = 1,
}
