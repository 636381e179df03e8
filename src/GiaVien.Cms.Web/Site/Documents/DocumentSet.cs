using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Documents;

namespace GiaVien.Cms.Web.Site.Documents;

/// <summary>
/// The tenant's published documents read once for a page: each with its part and computed tình trạng, newest by
/// ngày ban hành, plus the links between them in both directions. A list filters and pages these in memory, so it
/// reads the newest <see cref="Window"/> documents only; a library that grows past that needs its filters in the
/// search index (the generic per-field index settings).
/// </summary>
public sealed class DocumentSet
{
    public const int Window = 2000;

    private readonly Dictionary<string, DocumentEntry> _byId;

    private DocumentSet(IReadOnlyList<DocumentEntry> entries, IReadOnlyList<CategoryTerm> kinds)
    {
        Entries = entries;
        Kinds = kinds;
        _byId = entries.ToDictionary(e => e.Item.ContentItemId, StringComparer.Ordinal);
    }

    public IReadOnlyList<DocumentEntry> Entries { get; }

    /// <summary>The kinds of document (terms of <see cref="VanBanPart.KindTaxonomy"/>), in the editors' order.</summary>
    public IReadOnlyList<CategoryTerm> Kinds { get; }

    public static async Task<DocumentSet> LoadAsync(ContentQueries queries, PublishedQueries published, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var items = await queries.PublishedAsync(VanBanPart.TypeName, 0, Window, cancellationToken);
        var parts = items.Select(i => (Item: i, Part: i.As<VanBanPart>())).ToList();
        var replaced = parts.SelectMany(p => p.Part.Replaces).ToHashSet(StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(VietnameseDates.ToVietnamTime(nowUtc));
        var entries = parts
            .Select(p => new DocumentEntry(p.Item, p.Part, DocumentStatus.Of(p.Part, today, replaced.Contains(p.Item.ContentItemId))))
            .OrderByDescending(e => e.Part.IssuedOn ?? DateOnly.FromDateTime(e.Item.PublishedUtc ?? e.Item.CreatedUtc))
            .ThenByDescending(e => e.Item.PublishedUtc)
            .ToList();
        return new DocumentSet(entries, await published.TermsAsync(VanBanPart.KindTaxonomy, cancellationToken));
    }

    public DocumentEntry? Find(string id) => _byId.GetValueOrDefault(id);

    public string KindOf(VanBanPart part) =>
        string.Join(", ", part.KindTermIds.Select(id => Kinds.FirstOrDefault(k => k.ContentItemId == id)?.Title).OfType<string>());

    /// <summary>The documents linked to <paramref name="entry"/>, each kind of link from both of its ends.</summary>
    public IReadOnlyList<(string Label, IReadOnlyList<DocumentEntry> Documents)> Related(DocumentEntry entry)
    {
        var id = entry.Item.ContentItemId;
        (string, IReadOnlyList<DocumentEntry>)[] relations =
        [
            ("Thay thế văn bản", Resolve(entry.Part.Replaces)),
            ("Bị thay thế bởi", Entries.Where(e => e.Part.Replaces.Contains(id)).ToList()),
            ("Sửa đổi, bổ sung văn bản", Resolve(entry.Part.Amends)),
            ("Được sửa đổi, bổ sung bởi", Entries.Where(e => e.Part.Amends.Contains(id)).ToList()),
            ("Căn cứ", Resolve(entry.Part.BasedOn)),
            ("Là căn cứ của", Entries.Where(e => e.Part.BasedOn.Contains(id)).ToList()),
        ];
        return relations.Where(r => r.Item2.Count > 0).ToList();
    }

    private List<DocumentEntry> Resolve(IEnumerable<string> ids) => ids.Select(Find).OfType<DocumentEntry>().ToList();
}

/// <summary>One published document with its part read and its tình trạng computed for today.</summary>
public sealed record DocumentEntry(ContentItem Item, VanBanPart Part, string Status);
