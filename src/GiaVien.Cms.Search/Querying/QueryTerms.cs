using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Indexing;
using Lucene.Net.Analysis.TokenAttributes;

namespace GiaVien.Cms.Search.Querying;

/// <summary>One syllable of a query: its folded form, and its accented form when the user typed diacritics.</summary>
public sealed record QuerySyllable(string Folded, string? Exact);

public static class QueryTerms
{
    /// <summary>Runs the index analyzer over query text and groups the stacked tokens by position.</summary>
    public static List<QuerySyllable> Analyze(VietnameseAnalyzer analyzer, string text, int max)
    {
        var syllables = new List<QuerySyllable>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return syllables;
        }

        using var stream = analyzer.GetTokenStream(NewsFields.Title, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            if (increment.PositionIncrement > 0)
            {
                if (syllables.Count == max)
                {
                    break;
                }

                syllables.Add(new QuerySyllable(value, null));
            }
            else if (syllables.Count > 0 && value != syllables[^1].Folded)
            {
                syllables[^1] = syllables[^1] with { Exact = value };
            }
        }

        stream.End();
        return syllables;
    }
}
