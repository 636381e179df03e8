using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GiaVien.Cms.Search.Bench;

/// <summary>
/// The district view in raw Lucene: one query over every tenant's index through a MultiReader opened per query (as the
/// product does, the sub-readers stay open), filtered on the shared flag by a cached filter, top 10 and their stored fields.
/// </summary>
public sealed class BaselineDistrict(IReadOnlyList<Baseline> tenants) : IDisposable
{
    private static readonly Filter SharedOnly = new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(Baseline.SharedField, "1"))));

    public void Search(string text)
    {
        using var multi = new MultiReader(tenants.Select(t => (IndexReader)t.Reader).ToArray(), closeSubReaders: false);
        Baseline.Top(new IndexSearcher(multi) { Similarity = Baseline.Bm25 }, tenants[0].Query(text), SharedOnly);
    }

    public void Dispose()
    {
        foreach (var tenant in tenants)
        {
            tenant.Dispose();
        }
    }
}
