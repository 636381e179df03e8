using GiaVien.Cms.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// A filter over several indexes read as one (the district view's MultiReader) that leaves out, in each index's
/// segments, the types that index's tenant switched off, on top of the search's own filter. Segments are told apart
/// by where their documents start: an index's segments follow each other from the index's first document.
/// </summary>
internal sealed class HiddenTypesByIndex : Filter
{
    private static readonly Filter All = new QueryWrapperFilter(new MatchAllDocsQuery());

    private readonly Filter _inner;
    private readonly int[] _starts;
    private readonly IReadOnlyList<IReadOnlySet<string>> _hidden;

    private HiddenTypesByIndex(Filter? inner, int[] starts, IReadOnlyList<IReadOnlySet<string>> hidden)
    {
        _inner = inner ?? All;
        _starts = starts;
        _hidden = hidden;
    }

    /// <summary><paramref name="inner"/> itself when no index hides a type (the usual case keeps its cached filter).</summary>
    public static Filter? Wrap(Filter? inner, int[] starts, IReadOnlyList<IReadOnlySet<string>> hidden) =>
        hidden.Any(h => h.Count > 0) ? new HiddenTypesByIndex(inner, starts, hidden) : inner;

    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        var set = _inner.GetDocIdSet(context, acceptDocs);
        var types = _hidden[ReaderUtil.SubIndex(context.DocBase, _starts)];
        if (set is null || types.Count == 0)
        {
            return set;
        }

        var hiddenDocs = new FixedBitSet(context.AtomicReader.MaxDoc);
        foreach (var type in types)
        {
            if (context.AtomicReader.GetTermDocsEnum(new Term(NewsFields.ContentType, type)) is { } docs)
            {
                for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
                {
                    hiddenDocs.Set(doc);
                }
            }
        }

        return new Excluding(set, hiddenDocs);
    }

    private sealed class Excluding(DocIdSet set, FixedBitSet excluded) : FilteredDocIdSet(set)
    {
        protected override bool Match(int docid) => !excluded.Get(docid);
    }
}
