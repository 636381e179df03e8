using Lucene.Net.Search.Similarities;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// BM25, plus the coordination factor BM25 leaves out: an article matching every syllable of a long query
/// ranks above one matching most of them with a higher weight (the name in the title, but not the topic).
/// Only queries that ask for coordination get it; the per-syllable and top-level queries disable it.
/// </summary>
public sealed class NewsSimilarity : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap) => maxOverlap == 0 ? 1f : overlap / (float)maxOverlap;
}
