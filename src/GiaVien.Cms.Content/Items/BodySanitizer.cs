using Ganss.Xss;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// Cleans HTML written by editors (and recipes): no scripts, event handlers, javascript: URLs or inline
/// styles that could hide content; figures with captions are kept because every article has them.
/// </summary>
public sealed class BodySanitizer
{
    private readonly HtmlSanitizer _sanitizer;

    public BodySanitizer()
    {
        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedTags.Add("figure");
        _sanitizer.AllowedTags.Add("figcaption");
        // Images inserted from the media library load lazily and keep their place while loading.
        _sanitizer.AllowedAttributes.Add("loading");
        _sanitizer.AllowedAttributes.Add("decoding");
        _sanitizer.AllowedAttributes.Remove("style");

        // The editor's data-trix-* attributes are written into plain figures by EditorFigures and not stored.
        _sanitizer.AllowDataAttributes = false;
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedSchemes.Add("tel");
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

        return _sanitizer.Sanitize(EditorFigures.Normalize(html));
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
