namespace GiaVien.Cms.Web.Site.Caching;

/// <summary>
/// Endpoint metadata of the pages that read the page number (<c>?trang=N</c>): the output cache keeps one entry per
/// page number they would show, and no other query parameter (nor a page number on any other page) makes a new entry.
/// </summary>
public sealed class VariesByPageNumber
{
    public static readonly VariesByPageNumber Instance = new();

    private VariesByPageNumber()
    {
    }
}
