using System.Globalization;
using GiaVien.Cms.Documents;

namespace GiaVien.Cms.Web.Site.Documents;

/// <summary>
/// The library's filters from the query string: <c>?LoaiVanBan=quyet-dinh&amp;CoQuanBanHanh=…&amp;LinhVuc=…&amp;Nam=2024&amp;TinhTrang=…</c>.
/// The list's endpoint names them to the output cache (<see cref="Names"/>), which keeps one entry per filtered list; a value that is not one of
/// the choices offered matches nothing rather than being ignored, so a shared link never shows more than it says.
/// </summary>
public sealed class DocumentFilters
{
    private const string Kind = "LoaiVanBan";
    private const string Issuer = "CoQuanBanHanh";
    private const string Field = "LinhVuc";
    private const string Year = "Nam";
    private const string Status = "TinhTrang";

    public static readonly string[] Names = [Kind, Issuer, Field, Year, Status];

    private readonly Dictionary<string, string> _values;

    private DocumentFilters(Dictionary<string, string> values) => _values = values;

    public static DocumentFilters Read(IQueryCollection query, DocumentSet set) => new(
        Names.Select(name => (name, Value: query[name].ToString().Trim())).Where(f => f.Value.Length > 0)
            .ToDictionary(f => f.name, f => f.Value, StringComparer.Ordinal));

    public bool Any => _values.Count > 0;

    /// <summary>The filters as pager links carry them (<c>&amp;Name=value…</c>).</summary>
    public string Query => string.Concat(_values.Select(f => $"&{f.Key}={Uri.EscapeDataString(f.Value)}"));

    public bool Matches(DocumentEntry entry) => _values.All(filter => filter.Key switch
    {
        Kind => entry.Part.KindTermIds.Contains(filter.Value),
        Issuer => entry.Part.Issuer == filter.Value,
        Field => entry.Part.Field == filter.Value,
        Year => entry.Part.IssuedOn?.Year.ToString(CultureInfo.InvariantCulture) == filter.Value,
        Status => entry.Status == filter.Value,
        _ => true,
    });

    /// <summary>Each filter with the choices the library's documents offer.</summary>
    public IReadOnlyList<DocumentFilterViewModel> ViewModels(DocumentSet set) =>
    [
        Filter(Kind, "Loại văn bản", set.Kinds.Select(k => new DocumentFilterOptionViewModel(k.ContentItemId, k.Title))),
        Filter(Issuer, "Cơ quan ban hành", Distinct(set.Entries.Select(e => e.Part.Issuer))),
        Filter(Field, "Lĩnh vực", Distinct(set.Entries.Select(e => e.Part.Field))),
        Filter(Year, "Năm ban hành", set.Entries.Select(e => e.Part.IssuedOn?.Year).OfType<int>().Distinct().OrderDescending()
            .Select(y => y.ToString(CultureInfo.InvariantCulture)).Select(y => new DocumentFilterOptionViewModel(y, y))),
        Filter(Status, "Tình trạng", DocumentStatus.All.Select(s => new DocumentFilterOptionViewModel(s, s))),
    ];

    private DocumentFilterViewModel Filter(string name, string label, IEnumerable<DocumentFilterOptionViewModel> options) =>
        new(name, label, _values.GetValueOrDefault(name) ?? "", options.ToList());

    private static IEnumerable<DocumentFilterOptionViewModel> Distinct(IEnumerable<string?> values) =>
        values.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(v => new DocumentFilterOptionViewModel(v, v));
}
