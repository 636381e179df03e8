using GiaVien.Cms.Search.Analysis;
using GiaVien.Cms.Search.Indexing;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace GiaVien.Cms.Search.Querying;

/// <summary>
/// Marks the matched words with &lt;mark&gt; in the original text of a result: the stored text is re-analyzed,
/// so a folded match ("vien") marks the accented word as written ("Viễn"), also for NFD text.
/// </summary>
public sealed class Snippets(VietnameseAnalyzer analyzer)
{
    public const int SnippetLength = 220;
    private static readonly SimpleHTMLFormatter Formatter = new("<mark>", "</mark>");

    public string Title(Query query, string title) =>
        Highlight(query, NewsFields.Title, title, new NullFragmenter()) ?? HtmlMarkEncoder.Instance.EncodeText(title);

    /// <summary>The best passage of the body, else the highlighted lead, else the start of the lead or body.</summary>
    public string Snippet(Query query, string lead, string body)
    {
        var scorer = new QueryScorer(query, NewsFields.Body);
        return Highlight(query, NewsFields.Body, body, new SimpleSpanFragmenter(scorer, SnippetLength), scorer)
            ?? Highlight(query, NewsFields.Lead, lead, new NullFragmenter())
            ?? HtmlMarkEncoder.Instance.EncodeText(Shorten(lead.Length > 0 ? lead : body));
    }

    private string? Highlight(Query query, string field, string text, IFragmenter fragmenter, QueryScorer? scorer = null)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var highlighter = new Highlighter(Formatter, HtmlMarkEncoder.Instance, scorer ?? new QueryScorer(query, field)) { TextFragmenter = fragmenter };
        try
        {
            var fragment = highlighter.GetBestFragment(analyzer, field, text);
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
