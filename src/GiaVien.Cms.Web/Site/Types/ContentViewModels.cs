namespace GiaVien.Cms.Web.Site.Types;

/// <summary>
/// An item of any type as a view sees it: title, address, dates and <c>fields</c>, each field by its technical
/// name with the value its kind gives (text, a date with <c>iso</c> and <c>text</c>, images, attachments…);
/// </summary>
/// <c>field_list</c> holds the same values in the definition's order, with label and kind, for generic views.
public sealed record ContentItemViewModel(
    string Title, string Url, string DateLine, string IsoDate, IReadOnlyDictionary<string, object?> Fields, IReadOnlyList<ContentFieldViewModel> FieldList);

/// <summary>One field of an item for a generic view.</summary>
public sealed record ContentFieldViewModel(string Name, string Label, string Kind, object? Value);

/// <summary>The page of one item (<c>Content-{Type}</c>, else <c>Content</c>).</summary>
public sealed record ContentViewModel(SiteViewModel Site, string Type, string TypeDisplayName, string? ListUrl, ContentItemViewModel Item);

/// <summary>One filter of a list: a filterable field, the value asked for and, for choices, the values offered.</summary>
public sealed record ContentFilterViewModel(string Name, string Label, string Value, IReadOnlyList<string> Options);

/// <summary>The list of a type at its route prefix (<c>ContentList-{Type}</c>, else <c>ContentList</c>).</summary>
public sealed record ContentListViewModel(
    SiteViewModel Site, string Type, string Title, string Url, string FeedUrl, IReadOnlyList<ContentItemViewModel> Items,
    IReadOnlyList<ContentFilterViewModel> Filters, bool Filtered, PagerViewModel Pager)
{
    /// <summary>The orders the list offers besides the newest first (two per sortable field), with the one asked for selected.</summary>
    public IReadOnlyList<ContentSortViewModel> Sorts { get; init; } = [];
}

/// <summary>One order of a list: the value of <c>?sap-xep=</c> and what the visitor reads ("Ngày hết hạn (tăng dần)").</summary>
public sealed record ContentSortViewModel(string Value, string Label, bool Selected);
