using System.Text;
using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Indexing;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// Marks the matched words with &lt;mark&gt; in the original text of results. The stored text is re-analyzed
/// with the index analyzer (where a word may match, <see cref="WordsToAnalyse"/>) and every token equal to a
/// query term is marked at its offsets, so a folded match
/// ("vien") marks the word as written ("Viễn"), also in NFD text. One pass per text, no fragment scoring:
/// Lucene's Highlighter cost more than the search itself. Only the start of a long body is analysed
/// (<see cref="AnalysedLength"/>): the snippet comes from there, or from the lead.
/// </summary>
public sealed class Snippets(VietnameseAnalyzer analyzer)
{
    public const int SnippetLength = 220;

    /// <summary>How much of a body is searched for the passage to show (a long article's tail is not worth re-analysing).</summary>
    public const int AnalysedLength = 10_000;

    // Stored texts are nearly always NFC already: those are analysed without normalising them again.
    private readonly VietnameseAnalyzer _nfcAnalyzer = VietnameseAnalyzer.ForNfcText();

    /// <summary>The marker of one search, reused for each of its results; an English search's words are found in the text analysed as English.</summary>
    public QuerySnippets For(NewsQuery query, string language = Content.Parts.LocalizationPart.Vietnamese)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        Collect(query.Match, terms);
        if (query.Boost is not null)
        {
            Collect(query.Boost, terms);
        }

        var suffix = language == Content.Parts.LocalizationPart.English ? EnglishFields.Suffix : "";
        return new QuerySnippets(analyzer, _nfcAnalyzer, terms, suffix);
    }

    private static void Collect(Query query, HashSet<string> terms)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses.Where(c => c.Occur != Occur.MUST_NOT))
                {
                    Collect(clause.Query, terms);
                }

                break;
            case TermQuery term when !NewsFields.IsBigramField(term.Term.Field):
                terms.Add(term.Term.Text);
                break;
            case PhraseQuery phrase:
                foreach (var term in phrase.GetTerms())
                {
                    terms.Add(term.Text);
                }

                break;
        }
    }

    public sealed class QuerySnippets
    {
        private readonly VietnameseAnalyzer _analyzer;
        private readonly VietnameseAnalyzer _nfcAnalyzer;
        private readonly HashSet<string> _terms;
        private readonly string _fieldSuffix;

        // Every token of every shown text is looked up: by its characters, not a string made of each.
        private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _termsByChars;
        private readonly WordsToAnalyse _wordsToAnalyse;

        internal QuerySnippets(VietnameseAnalyzer analyzer, VietnameseAnalyzer nfcAnalyzer, HashSet<string> terms, string fieldSuffix)
        {
            _analyzer = analyzer;
            _nfcAnalyzer = nfcAnalyzer;
            _terms = terms;
            _termsByChars = terms.GetAlternateLookup<ReadOnlySpan<char>>();
            _wordsToAnalyse = new WordsToAnalyse(terms);
            _fieldSuffix = fieldSuffix;
        }

        public string Title(string title) => Mark(title, Matches(NewsFields.Title, title), 0, title.Length);

        /// <summary>The passage of the body with the most matches, else the marked lead, else the start of the lead or body.</summary>
        public string Snippet(string lead, string body)
        {
            var inBody = Matches(NewsFields.Body, Prefix(body));
            if (inBody.Count > 0)
            {
                var (start, end) = Window(body, inBody);
                return (start > 0 ? "… " : "") + Mark(body, inBody, start, end) + (end < body.Length ? " …" : "");
            }

            var text = lead.Length > 0 ? lead : body;
            var end2 = text.Length <= SnippetLength ? text.Length : WordEnd(text, SnippetLength);
            return Mark(text, Matches(NewsFields.Lead, text), 0, end2) + (end2 < text.Length ? " …" : "");
        }

        private List<(int Start, int End)> Matches(string field, string text)
        {
            var matches = new List<(int Start, int End)>();
            if (text.Length == 0 || _terms.Count == 0)
            {
                return matches;
            }

            // Vietnamese text in NFC (nearly all) is analysed only where a word may match; English words are stemmed,
            // and text not in NFC is normalised, which may move offsets: those are analysed whole.
            var nfc = text.IsNormalized();
            if (_fieldSuffix.Length > 0 || !nfc)
            {
                AddMatches(nfc ? _nfcAnalyzer : _analyzer, field + _fieldSuffix, text, 0, matches);
                return matches;
            }

            foreach (var (start, end) in _wordsToAnalyse.Stretches(text))
            {
                AddMatches(_nfcAnalyzer, field, start == 0 && end == text.Length ? text : text[start..end], start, matches);
            }

            return matches;
        }

        private void AddMatches(VietnameseAnalyzer analyzer, string field, string text, int at, List<(int Start, int End)> matches)
        {
            using var stream = analyzer.GetTokenStream(field, text);
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                // Stacked tokens (folded and as written) share offsets: one mark per word.
                if ((matches.Count == 0 || matches[^1].Start != at + offset.StartOffset) && _termsByChars.Contains(term.Buffer.AsSpan(0, term.Length)))
                {
                    matches.Add((at + offset.StartOffset, at + offset.EndOffset));
                }
            }

            stream.End();
        }

        // Cut at a space, so the analyser never sees half a word (or half a surrogate pair).
        private static string Prefix(string body) =>
            body.Length <= AnalysedLength ? body : body[..Math.Max(body.LastIndexOf(' ', AnalysedLength), 0)];

        private static (int Start, int End) Window(string text, List<(int Start, int End)> matches)
        {
            var best = 0;
            var bestCount = 0;
            for (int i = 0, j = 0; i < matches.Count; i++)
            {
                while (j < matches.Count && matches[j].End <= matches[i].Start + SnippetLength)
                {
                    j++;
                }

                if (j - i > bestCount)
                {
                    (best, bestCount) = (i, j - i);
                }
            }

            // Start a little before the first match, at a word boundary, so the reader sees its context.
            var start = matches[best].Start <= 40 ? 0 : text.IndexOf(' ', matches[best].Start - 40) + 1;
            var end = start + SnippetLength >= text.Length ? text.Length : WordEnd(text, start + SnippetLength);
            return (start, Math.Max(end, matches[best].End));
        }

        private static int WordEnd(string text, int at)
        {
            var space = text.LastIndexOf(' ', Math.Min(at, text.Length - 1));
            return space > 0 ? space : Math.Min(at, text.Length);
        }

        private static string Mark(string text, List<(int Start, int End)> matches, int start, int end)
        {
            var html = new StringBuilder(end - start + matches.Count * 13);
            var at = start;
            foreach (var (matchStart, matchEnd) in matches.Where(m => m.Start >= start && m.End <= end))
            {
                html.Append(HtmlMarkEncoder.Encode(text[at..matchStart]))
                    .Append("<mark>").Append(HtmlMarkEncoder.Encode(text[matchStart..matchEnd])).Append("</mark>");
                at = matchEnd;
            }

            return html.Append(HtmlMarkEncoder.Encode(text[at..end])).ToString();
        }
    }
}
