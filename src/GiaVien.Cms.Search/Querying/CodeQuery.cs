using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// Lets a search find an item by a keyword or a document code however it was typed, and puts those items first:
/// the whole query, folded, against keyword fields, and its parts against code fields (every part needed,
/// in any order). Each is a constant score far above any text score, so the text match's ranking among the other
/// results is unchanged (an index without keyword or code fields scores exactly as before).
/// </summary>
public static class CodeQuery
{
    private const float KeywordBoost = 20_000f;
    private const float CodeBoost = 10_000f;

    public static NewsQuery Widen(NewsQuery query, string text)
    {
        var parts = DocumentCode.Parts(text);
        if (parts.Count == 0)
        {
            return query;
        }

        var match = new BooleanQuery(disableCoord: true)
        {
            { query.Match, Occur.SHOULD },
            { new ConstantScoreQuery(new TermQuery(new Term(NewsFields.Keyword, DocumentCode.Folded(text)))) { Boost = KeywordBoost }, Occur.SHOULD },
        };
        if (DocumentCode.MayBeCode(parts))
        {
            var everyPart = new BooleanQuery(disableCoord: true);
            foreach (var part in parts)
            {
                everyPart.Add(new TermQuery(new Term(NewsFields.CodePart, part)), Occur.MUST);
            }

            match.Add(new ConstantScoreQuery(everyPart) { Boost = CodeBoost }, Occur.SHOULD);
            match.Add(new ConstantScoreQuery(new TermQuery(new Term(NewsFields.Code, DocumentCode.Canonical(text)))) { Boost = CodeBoost }, Occur.SHOULD);
        }

        return query with { Match = match };
    }
}
