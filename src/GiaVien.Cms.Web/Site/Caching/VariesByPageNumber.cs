namespace GiaVien.Cms.Web.Site.Caching;

/// <summary>
/// Endpoint metadata of the pages that read the page number (<c>?trang=N</c>): the output cache keeps one entry per
/// page number they would show, and no other query parameter (nor a page number on any other page) makes a new entry.
/// <see cref="AndFieldFilters"/> marks the content route, where a type's public list also filters on its fields,
/// whose technical names start with a capital letter (<c>?Level=Khẩn</c>); lowercase parameters (trackers') still
/// make no entry.
/// </summary>
public sealed class VariesByPageNumber
{
    public static readonly VariesByPageNumber Instance = new(fieldFilters: false);

    public static readonly VariesByPageNumber AndFieldFilters = new(fieldFilters: true);

    private VariesByPageNumber(bool fieldFilters) => FieldFilters = fieldFilters;

    public bool FieldFilters { get; }
}
