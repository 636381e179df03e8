using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Indexing;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// Marks the matched words with &lt;mark&gt; in the original text of results: the stored text is re-analyzed,
/// so a folded match ("vien") marks the accented word as written ("Viễn"), also for NFD text. Terms are
/// taken from the query once per search (term scoring, not span scoring: a phrase is marked word by word,
/// at a fraction of the cost).
/// </summary>
public sealed class Snippets(VietnameseAnalyzer analyzer)
{
    public const int SnippetLength = 220;
    private static readonly SimpleHTMLFormatter Formatter = new("<mark>", "</mark>");

    /// <summary>The highlighters of one search, reused for each of its results (one thread).</summary>
    public QuerySnippets For(Query query) => new(analyzer, query);

    public sealed class QuerySnippets
    {
        private readonly VietnameseAnalyzer _analyzer;
        private readonly Highlighter _title;
        private readonly Highlighter _lead;
        private readonly Highlighter _body;

        internal QuerySnippets(VietnameseAnalyzer analyzer, Query query)
        {
            _analyzer = analyzer;
            _title = Create(query, NewsFields.Title, new NullFragmenter());
            _lead = Create(query, NewsFields.Lead, new NullFragmenter());
            _body = Create(query, NewsFields.Body, new SimpleFragmenter(SnippetLength));
        }

        public string Title(string title) => Highlight(_title, NewsFields.Title, title) ?? HtmlMarkEncoder.Instance.EncodeText(title);

        /// <summary>The best passage of the body, else the highlighted lead, else the start of the lead or body.</summary>
        public string Snippet(string lead, string body) =>
            Highlight(_body, NewsFields.Body, body)
            ?? Highlight(_lead, NewsFields.Lead, lead)
            ?? HtmlMarkEncoder.Instance.EncodeText(Shorten(lead.Length > 0 ? lead : body));

        private static Highlighter Create(Query query, string field, IFragmenter fragmenter) =>
            new(Formatter, HtmlMarkEncoder.Instance, new QueryTermScorer(query, field)) { TextFragmenter = fragmenter };

        private string? Highlight(Highlighter highlighter, string field, string text)
        {
            if (text.Length == 0)
            {
                return null;
            }

            try
            {
                var fragment = highlighter.GetBestFragment(_analyzer, field, text);
                return fragment?.Contains("<mark>", StringComparison.Ordinal) == true ? fragment.Trim() : null;
            }
            catch (InvalidTokenOffsetsException)
            {
                return null;
            }
        }

        private static string Shorten(string text)
        {
            if (text.Length <= SnippetLength)
            {
                return text;
            }

            var cut = text.LastIndexOf(' ', SnippetLength);
            return text[..(cut > 0 ? cut : SnippetLength)] + " …";
        }
    }
}
