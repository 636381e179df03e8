using Lucene.Net.Search;

namespace GiaVien.Cms.Search.Indexing;

/// <summary>Something searchable: a tenant's index, or (in tests and benchmarks) one bare generation.</summary>
public interface ISearcherSource
{
    /// <summary>A searcher to release with <see cref="Release"/>, or null when there is nothing to search yet.</summary>
    (IndexSearcher Searcher, SearcherManager Manager)? Acquire();

    public static void Release((IndexSearcher Searcher, SearcherManager Manager) acquired) => acquired.Manager.Release(acquired.Searcher);
}
