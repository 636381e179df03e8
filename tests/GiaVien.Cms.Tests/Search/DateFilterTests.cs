using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Search.Bench;
using GiaVien.Cms.Search.Indexing;
using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace GiaVien.Cms.Tests.Search;

/// <summary>
/// The "Từ ngày" / "Đến ngày" filter keeps the days it names, whole, in Vietnamese time, read from the items' dates;
/// the date is not indexed as terms any more, and an index written when it was (analyzer vi-4) is filtered the same.
/// </summary>
public sealed class DateFilterTests : IDisposable
{
    // 00:00 on 10 March in Việt Nam (UTC+7) is 17:00 on 9 March in UTC; the other item is a minute before it.
    private static readonly ContentItem[] Items =
    [
        TestIndex.News("ngay-9", "Lễ hội chùa Bái Đính", "Khai mạc lễ hội.", "<p>Rước kiệu.</p>", new DateTime(2024, 3, 9, 16, 59, 0, DateTimeKind.Utc)),
        TestIndex.News("ngay-10", "Lễ hội chùa Bái Đính", "Bế mạc lễ hội.", "<p>Rước kiệu.</p>", new DateTime(2024, 3, 9, 17, 0, 0, DateTimeKind.Utc)),
    ];

    private readonly TestIndex _index = new(Items);

    [Fact]
    public void The_range_keeps_the_days_it_names_in_vietnamese_time() => AssertFilteredByDay(_index);

    [Fact]
    public void The_date_is_stored_and_kept_as_doc_values_but_not_indexed_as_terms()
    {
        var searcher = _index.Generation.Searchers.Acquire();
        try
        {
            Assert.Null(MultiFields.GetTerms(searcher.IndexReader, NewsFields.Date));
            Assert.Equal(DocValuesType.NUMERIC, MultiFields.GetMergedFieldInfos(searcher.IndexReader).FieldInfo(NewsFields.Date).DocValuesType);
        }
        finally
        {
            _index.Generation.Searchers.Release(searcher);
        }

        Assert.Equal(new DateTime(2024, 3, 9, 17, 0, 0, DateTimeKind.Utc), _index.Find("bế mạc").Hits.Single().DateUtc);
    }

    [Fact]
    public void An_index_with_the_date_as_trie_terms_is_filtered_the_same()
    {
        using var old = new TestIndex([]);
        var batch = NewsIndexing.Batch(Items, new Dictionary<string, string>());
        foreach (var item in Items)
        {
            var document = NewsIndexing.Documents.Create(item, batch);
            var ticks = document.GetField(NewsFields.Date).GetInt64Value()!.Value;
            document.RemoveFields(NewsFields.Date);
            document.Add(new Int64Field(NewsFields.Date, ticks, Field.Store.YES));
            document.Add(new NumericDocValuesField(NewsFields.Date, ticks));
            old.Generation.Writer.AddDocument(document);
        }

        old.Generation.Commit();

        Assert.NotNull(OldTerms(old));
        AssertFilteredByDay(old);
    }

    private static Terms? OldTerms(TestIndex index)
    {
        var searcher = index.Generation.Searchers.Acquire();
        try
        {
            return MultiFields.GetTerms(searcher.IndexReader, NewsFields.Date);
        }
        finally
        {
            index.Generation.Searchers.Release(searcher);
        }
    }

    private static void AssertFilteredByDay(TestIndex index)
    {
        Assert.Equal(["ngay-10"], Ids(index.Find("lễ hội", from: new DateOnly(2024, 3, 10))));
        Assert.Equal(["ngay-9"], Ids(index.Find("lễ hội", to: new DateOnly(2024, 3, 9))));
        Assert.Equal(["ngay-10", "ngay-9"], Ids(index.Find("lễ hội", from: new DateOnly(2024, 3, 9), to: new DateOnly(2024, 3, 10))));
        Assert.Empty(index.Find("lễ hội", from: new DateOnly(2024, 3, 11)).Hits);
    }

    private static string[] Ids(GiaVien.Cms.Search.Querying.SearchResults results) => results.Hits.Select(h => h.ContentItemId).ToArray();

    public void Dispose() => _index.Dispose();
}
