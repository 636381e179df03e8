namespace GiaVien.Cms.Content.Definitions;

public sealed record ContentFieldDefinition
{
    public required string Name { get; init; }
    /// <summary>The name of a registered field kind (<see cref="Fields.ContentFieldKind"/>): "Text", "Media"…</summary>
    public required string Kind { get; init; }
    public string? DisplayName { get; init; }
    public string? Hint { get; init; }
    public bool Required { get; init; }

    /// <summary>Maximum length of a text value (Text, MultiLineText), in characters.</summary>
    public int? MaxLength { get; init; }

    /// <summary>Whether a list of the type can be filtered on this field (<c>?Field=value</c>).</summary>
    public bool Filterable { get; init; }

    /// <summary>For Choice fields: the values an editor may pick, in order.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>For TaxonomyTerms: the taxonomy content item whose terms may be chosen.</summary>
    public string? Taxonomy { get; init; }
}
