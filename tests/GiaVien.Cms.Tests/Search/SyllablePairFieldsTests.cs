using GiaVien.Cms.Search.Indexing;
using Lucene.Net.Index;

namespace GiaVien.Cms.Tests.Search;

/// <summary>
/// Syllable-pair fields are looked up as single terms only, so the index keeps their frequencies (their scores need
/// them) but no positions; the text fields keep positions for quoted phrases.
/// </summary>
public sealed class SyllablePairFieldsTests : IDisposable
{
    private readonly TestIndex _index = new([
        TestIndex.News("a", "Xã Gia Hòa xây dựng nông thôn mới", "Xã Gia Hòa ra quân.", "<p>Nông thôn mới ở Gia Hòa, nông thôn mới.</p>", new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc)),
        TestIndex.News("b", "Hội thi văn nghệ", "Nông dân thôn Mới dự thi.", "<p>Văn nghệ quần chúng.</p>", new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc)),
    ]);

    [Fact]
    public void Pair_fields_keep_frequencies_without_positions_and_text_fields_keep_positions()
    {
        var searcher = _index.Generation.Searchers.Acquire();
        try
        {
            var fields = MultiFields.GetMergedFieldInfos(searcher.IndexReader);

            Assert.Equal(IndexOptions.DOCS_AND_FREQS, fields.FieldInfo(NewsFields.TitleBigrams).IndexOptions);
            Assert.Equal(IndexOptions.DOCS_AND_FREQS, fields.FieldInfo(NewsFields.TextBigrams).IndexOptions);
            Assert.Equal(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, fields.FieldInfo(NewsFields.Body).IndexOptions);
            Assert.Equal(2, MultiFields.GetTermDocsEnum(searcher.IndexReader, null, NewsFields.TextBigrams, new Lucene.Net.Util.BytesRef("nong thon")) is { } docs && docs.NextDoc() == 0 ? docs.Freq : -1);
        }
        finally
        {
            _index.Generation.Searchers.Release(searcher);
        }
    }

    [Fact]
    public void The_item_with_the_syllables_side_by_side_still_ranks_first_and_phrases_still_need_the_order()
    {
        Assert.Equal(["a", "b"], _index.Find("nông thôn mới").Hits.Select(h => h.ContentItemId));
        Assert.Equal(["a"], _index.Find("\"nông thôn mới\"").Hits.Select(h => h.ContentItemId));
    }

    public void Dispose() => _index.Dispose();
}
