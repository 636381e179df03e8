namespace GiaVien.Cms.Content.Definitions;

public sealed record ContentFieldDefinition
{
    public required string Name { get; init; }
    public required FieldKind Kind { get; init; }
    public string? DisplayName { get; init; }
    public string? Hint { get; init; }
    public bool Required { get; init; }

    /// <summary>Maximum length of a text value (Text, MultiLineText), in characters.</summary>
    public int? MaxLength { get; init; }

    /// <summary>For TaxonomyTerms: the taxonomy content item whose terms may be chosen.</summary>
    public string? Taxonomy { get; init; }
}
