namespace GiaVien.Cms.Data.Visits;

/// <summary>
/// Page views of one day (in Việt Nam) on the tenant's public site: the whole site when <see cref="ContentItemId"/>
/// is empty, else the pages of that item. Nothing about the visitor is kept. Each web node adds what it counted
/// (<c>Count = Count + n</c>), so several nodes sum up.
/// </summary>
public sealed class VisitCount
{
    public const string Site = "";

    public DateOnly Day { get; set; }

    public string ContentItemId { get; set; } = Site;

    public long Count { get; set; }
}
