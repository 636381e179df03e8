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

    /// <summary>Whether search matches the field's words; null takes its kind's default (text kinds yes, others no).</summary>
    public bool? FullText { get; init; }

    /// <summary>Whether search finds the item by the field's whole value typed exactly (case and diacritics aside).</summary>
    public bool Keyword { get; init; }

    /// <summary>
    /// Whether the value is a document code ("số ký hiệu" such as 125/QĐ-UBND) that search finds however it is
    /// typed: diacritics, case, separators and the order of its parts aside (125/qd-ubnd, 125 QĐ UBND, QĐ 125).
    /// </summary>
    public bool Code { get; init; }

    /// <summary>Whether search results can be ordered by this field.</summary>
    public bool Sortable { get; init; }

    /// <summary>Whether search shows how many results have each value of this field.</summary>
    public bool Facet { get; init; }

    /// <summary>For Choice fields: the values an editor may pick, in order.</summary>
    public IReadOnlyList<string> Options { get; init; } = [];

    /// <summary>For TaxonomyTerms: the taxonomy content item whose terms may be chosen.</summary>
    public string? Taxonomy { get; init; }

    /// <summary>
    /// For ContentPicker: the types its items must be of (a procedure's legal bases are Văn bản), offered to editors as
    /// a list of those items; empty allows any item, typed as ids.
    /// </summary>
    public IReadOnlyList<string> PickerTypes { get; init; } = [];
}
