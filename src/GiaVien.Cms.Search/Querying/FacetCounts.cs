using GiaVien.Cms.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace GiaVien.Cms.Search.Querying;

/// <summary>How many results have each value of a facet field, most frequent first.</summary>
public sealed record FacetCount(string Field, IReadOnlyList<FacetValue> Values);

public sealed record FacetValue(string Value, int Count);

/// <summary>Counts the values of facet fields over every match of a search (all pages), from their sorted-set doc values.</summary>
public sealed class FacetCollector(IReadOnlyList<string> fields) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts = fields.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);
    private readonly List<(string Field, SortedSetDocValues Values)> _segment = [];
    private readonly BytesRef _scratch = new();

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        _segment.Clear();
        foreach (var field in fields)
        {
            if (context.AtomicReader.GetSortedSetDocValues(NewsFields.Facet(field)) is { } values)
            {
                _segment.Add((field, values));
            }
        }
    }

    public void Collect(int doc)
    {
        foreach (var (field, values) in _segment)
        {
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                values.LookupOrd(ord, _scratch);
                var counts = _counts[field];
                var value = _scratch.Utf8ToString();
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }
        }
    }

    public IReadOnlyList<FacetCount> Counts() => fields
        .Select(f => new FacetCount(f, _counts[f].OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new FacetValue(c.Key, c.Value)).ToList()))
        .ToList();
}
