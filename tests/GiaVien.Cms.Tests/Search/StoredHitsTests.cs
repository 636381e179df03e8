using GiaVien.Cms.Search.Bench;
using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Search.Querying;
using Lucene.Net.Index;

namespace GiaVien.Cms.Tests.Search;

/// <summary>
/// A results page's documents are read from their segment once and then kept (<see cref="StoredHits"/>): the same hit
/// is the same stored document on the next search, and an edited item shows its new title and lead at once, since an
/// edit is a new document in another segment.
/// </summary>
public sealed class StoredHitsTests : IDisposable
{
    private static readonly DateTime Published = new(2024, 3, 4, 2, 0, 0, DateTimeKind.Utc);

    private readonly TestIndex _index = new([TestIndex.News("cau", "Khánh thành cầu dân sinh thôn Đông Thịnh", "Cầu do nhân dân góp công xây dựng.", "<p>Nội dung.</p>", Published)]);

    [Fact]
    public void A_hit_shown_again_is_read_from_its_segment_once()
    {
        var (searcher, manager) = _index.Generation.Acquire()!.Value;
        try
        {
            Assert.Same(StoredHits.Of(searcher, 0), StoredHits.Of(searcher, 0));
        }
        finally
        {
            manager.Release(searcher);
        }
    }

    [Fact]
    public void An_edited_item_shows_its_new_title_and_lead_at_once()
    {
        Assert.Equal("Khánh thành cầu dân sinh thôn Đông Thịnh", Assert.Single(_index.Find("cầu dân sinh").Hits).Title);

        _index.Generation.Writer.DeleteDocuments(new Term(NewsFields.Id, "cau"));
        _index.Generation.AddAll([TestIndex.News("cau", "Thông xe cầu dân sinh thôn Đông Thịnh", "Cầu đã thông xe.", "<p>Nội dung.</p>", Published)],
            new Dictionary<string, string>(), threads: 1);
        _index.Generation.Commit();

        var hit = Assert.Single(_index.Find("cầu dân sinh").Hits);
        Assert.Equal("Thông xe cầu dân sinh thôn Đông Thịnh", hit.Title);
        Assert.DoesNotContain("góp công", hit.SnippetHtml, StringComparison.Ordinal);
    }

    public void Dispose() => _index.Dispose();
}
