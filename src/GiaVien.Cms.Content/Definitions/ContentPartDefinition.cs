namespace GiaVien.Cms.Content.Definitions;

/// <summary>A reusable group of fields (a news part, say), or a built-in part with behaviour (TitlePart…).</summary>
public sealed record ContentPartDefinition
{
    public required string Name { get; init; }
    public string? DisplayName { get; init; }
    public IReadOnlyList<ContentFieldDefinition> Fields { get; init; } = [];
}
