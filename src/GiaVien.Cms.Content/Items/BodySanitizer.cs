using AngleSharp.Dom;
using Ganss.Xss;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// Cleans HTML written by editors (and recipes) against explicit allow-lists of tags, attributes and URL schemes:
/// text, headings, lists, quotes, tables, links, figures with captions, images, audio and video. Anything else
/// goes — scripts, event handlers, <c>javascript:</c> URLs, inline styles, frames, and forms with their fields,
/// which could imitate a sign-in box on an official page. Links to other sites open without access to this page
/// (<c>rel="noopener noreferrer"</c>); <c>id</c> and <c>name</c> are dropped so an article cannot shadow the page's
/// own elements.
/// </summary>
public sealed class BodySanitizer
{
    private static readonly string[] Tags =
    [
        "p", "br", "hr", "div", "span", "h2", "h3", "h4", "h5", "h6", "strong", "b", "em", "i", "u", "s", "del", "ins",
        "mark", "small", "sub", "sup", "abbr", "cite", "q", "dfn", "kbd", "code", "pre", "blockquote", "time",
        "ul", "ol", "li", "dl", "dt", "dd", "a", "img", "figure", "figcaption", "audio", "video", "source",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td", "h1",
    ];

    private static readonly string[] Attributes =
    [
        "href", "src", "alt", "title", "width", "height", "loading", "decoding", "class", "lang", "dir", "datetime", "cite",
        "colspan", "rowspan", "scope", "headers", "span", "start", "reversed", "type", "rel", "target",
        "controls", "poster", "preload",
    ];

    private static readonly string[] Schemes = ["http", "https", "mailto", "tel"];

    // Built on the first body cleaned, not with the service: the field kinds that hold it are built before the server
    // listens, and a cold HtmlSanitizer (AngleSharp's CSS tables) cost a restart a third of a second before /health answered.
    private readonly Lazy<HtmlSanitizer> _sanitizer = new(Create);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        Replace(sanitizer.AllowedTags, Tags);
        Replace(sanitizer.AllowedAttributes, Attributes);
        Replace(sanitizer.AllowedSchemes, Schemes);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedAtRules.Clear();

        // Pasted pages wrap text in tags of their own (font, section, Word's st1:…): the text stays, the tag goes.
        // What must go with its content (scripts, style sheets, form fields) is removed first by PastedMarkup.
        sanitizer.KeepChildNodes = true;

        // Classes of Word (MsoNormal…) and of other sites style nothing here; "attachment" is the figures' own.
        sanitizer.AllowedClasses.Add("attachment");
        sanitizer.PostProcessDom += (_, e) => DropEmptyWrappers(e.Document.Body!);

        // The editor's data-trix-* attributes are written into plain figures by EditorFigures and not stored.
        sanitizer.AllowDataAttributes = false;
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement { LocalName: "a" } link)
            {
                ExternalLinks.Secure(link);
            }
        };

        return sanitizer;
    }

    /// <summary>Nesting deeper than any real article (tables in lists in quotes stay far below it).</summary>
    public const int MaxNesting = 100;

    public string Sanitize(string html)
    {
        // A "HTML bomb" of thousands of nested tags would make the parser and every later reader work in
        // proportion to its depth (and recursive walkers overflow); refuse it before parsing.
        if (NestingDepth(html) > MaxNesting)
        {
            throw new ContentValidationException([new ContentError("", $"Nội dung có các thẻ HTML lồng nhau quá sâu (quá {MaxNesting} cấp). Hãy dán lại dưới dạng văn bản thường.")]);
        }

        return _sanitizer.Value.Sanitize(PastedMarkup.Clean(EditorFigures.Normalize(html))).Trim();
    }

    /// <summary>
    /// Spans left without attributes (styles and classes gone) wrap nothing, and Word's spacing paragraphs
    /// (<c>&lt;p&gt;&amp;nbsp;&lt;/p&gt;</c>) only push the text apart: both are dropped, their text kept.
    /// </summary>
    private static void DropEmptyWrappers(IElement body)
    {
        foreach (var span in body.QuerySelectorAll("span").Where(s => s.Attributes.Length == 0).ToList())
        {
            PastedMarkup.Unwrap(span);
        }

        foreach (var paragraph in body.QuerySelectorAll("p").Where(p => p.Children.All(c => c.LocalName == "br") && string.IsNullOrWhiteSpace(p.TextContent.Replace('\u00a0', ' '))).ToList())
        {
            paragraph.Remove();
        }
    }

    /// <summary>An upper bound of the element depth: opening tags minus closing tags, void elements ignored.</summary>
    private static int NestingDepth(string html)
    {
        int depth = 0, max = 0;
        for (var i = html.IndexOf('<', StringComparison.Ordinal); i >= 0 && i < html.Length - 1; i = html.IndexOf('<', i + 1))
        {
            var next = html[i + 1];
            if (next == '/')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (char.IsAsciiLetter(next) && !IsVoid(html, i + 1))
            {
                max = Math.Max(max, ++depth);
            }
        }

        return max;
    }

    private static void Replace(ISet<string> set, IEnumerable<string> values)
    {
        set.Clear();
        set.UnionWith(values);
    }

    private static readonly string[] VoidElements = ["br", "img", "hr", "input", "meta", "link", "source", "wbr", "col", "area", "base", "embed", "track"];

    private static bool IsVoid(string html, int start)
    {
        var end = start;
        while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
        {
            end++;
        }

        var name = html.AsSpan(start, end - start);
        foreach (var element in VoidElements)
        {
            if (name.Equals(element, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
