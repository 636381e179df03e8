using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// What Word and other web pages put in the clipboard besides the text: Word's list markers between
/// <c>[if !supportLists]</c> comments, <c>o:p</c> elements, list items written as styled paragraphs, style sheets,
/// and Google Docs' bold wrapper around everything. <see cref="Clean"/> runs before the sanitizer, which then drops
/// styles, classes and unknown tags (keeping their text); Word's lists become real <c>ul</c>/<c>ol</c> lists here,
/// since the sanitizer alone would keep them as paragraphs starting with "1." or "·".
/// </summary>
public static partial class PastedMarkup
{
    private static readonly HtmlParser Parser = new();

    // Removed with everything inside: their text is never article text (style sheets, scripts, form fields' values).
    private static readonly string[] Dropped =
    [
        "script", "style", "head", "title", "meta", "link", "xml", "template", "noscript", "iframe", "frame", "frameset",
        "object", "embed", "svg", "math", "input", "button", "select", "textarea", "o:p",
    ];

    public static string Clean(string html)
    {
        var document = Parser.ParseDocument("<body>" + html + "</body>");
        var body = document.Body!;
        var fromWord = html.Contains("mso-", StringComparison.OrdinalIgnoreCase) || html.Contains("urn:schemas-microsoft-com:office", StringComparison.Ordinal);
        RemoveListMarkers(body);
        foreach (var element in body.QuerySelectorAll("*").Where(e => Dropped.Contains(e.LocalName) || e.LocalName.StartsWith("o:", StringComparison.Ordinal)).ToList())
        {
            element.Remove();
        }

        MakeWordLists(document);
        // Google Docs wraps a whole copied selection in <b style="font-weight:normal">: not bold at all.
        foreach (var wrapper in body.QuerySelectorAll("b").Where(b => NotBold().IsMatch(b.GetAttribute("style") ?? "")).ToList())
        {
            Unwrap(wrapper);
        }

        // Word sizes every table and cell in points and pixels: the theme lays tables out itself.
        foreach (var cell in body.QuerySelectorAll("table, tr, td, th, col, colgroup"))
        {
            cell.RemoveAttribute("width");
            cell.RemoveAttribute("height");
        }

        // Word marks the proofing language of every run (lang=VI, EN-US), which says nothing to a reader.
        if (fromWord)
        {
            foreach (var element in body.QuerySelectorAll("[lang]"))
            {
                element.RemoveAttribute("lang");
            }
        }

        return body.InnerHtml.Trim();
    }

    /// <summary>Word writes a list item's number or bullet as text between <c>[if !supportLists]</c> and <c>[endif]</c> comments.</summary>
    private static void RemoveListMarkers(IElement body)
    {
        var starts = body.Descendants<IComment>().Where(c => c.Data.Trim().StartsWith("[if !supportLists]", StringComparison.Ordinal)).ToList();
        foreach (var start in starts)
        {
            var marker = "";
            var node = start.NextSibling;
            while (node is not null && !(node is IComment end && end.Data.Trim().StartsWith("[endif]", StringComparison.Ordinal)))
            {
                var next = node.NextSibling;
                marker += node.TextContent;
                node.RemoveFromParent();
                node = next;
            }

            if (start.ParentElement is { } paragraph)
            {
                paragraph.SetAttribute("data-word-marker", marker.Trim());
            }
        }
    }

    /// <summary>Runs of Word's list paragraphs (<c>mso-list: l0 level2 …</c>) become nested <c>ol</c>/<c>ul</c> lists.</summary>
    private static void MakeWordLists(IDocument document)
    {
        foreach (var paragraph in document.Body!.QuerySelectorAll("p").Where(IsListParagraph).ToList())
        {
            if (paragraph.Parent is null)
            {
                continue;
            }

            var run = new List<IElement> { paragraph };
            for (var next = paragraph.NextElementSibling; next is not null && IsListParagraph(next); next = next.NextElementSibling)
            {
                run.Add(next);
            }

            var lists = new Stack<(int Level, IElement List)>();
            var top = document.CreateElement(ListTag(run[0]));
            paragraph.Before(top);
            lists.Push((1, top));
            IElement? lastItem = null;
            foreach (var item in run)
            {
                var level = Level(item);
                while (level > lists.Peek().Level && lastItem is not null)
                {
                    var nested = document.CreateElement(ListTag(item));
                    lastItem.AppendChild(nested);
                    lists.Push((lists.Peek().Level + 1, nested));
                }

                while (level < lists.Peek().Level && lists.Count > 1)
                {
                    lists.Pop();
                }

                var li = document.CreateElement("li");
                while (item.FirstChild is { } child)
                {
                    li.AppendChild(child);
                }

                lists.Peek().List.AppendChild(li);
                lastItem = li;
                item.Remove();
            }
        }
    }

    private static bool IsListParagraph(IElement element) =>
        element.LocalName == "p" && (element.HasAttribute("data-word-marker")
            || (element.GetAttribute("class") ?? "").StartsWith("MsoListParagraph", StringComparison.OrdinalIgnoreCase)
            || (element.GetAttribute("style") ?? "").Contains("mso-list:", StringComparison.OrdinalIgnoreCase));

    private static int Level(IElement paragraph) =>
        MsoListLevel().Match(paragraph.GetAttribute("style") ?? "") is { Success: true } match ? Math.Clamp(int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), 1, 9) : 1;

    // "1." "a)" "iv." number an item; "·" "o" "§" "-" (Symbol and Wingdings bullets) do not.
    private static string ListTag(IElement paragraph) =>
        NumberMarker().IsMatch(paragraph.GetAttribute("data-word-marker") ?? "") ? "ol" : "ul";

    /// <summary>Puts an element's children in its place.</summary>
    internal static void Unwrap(IElement element)
    {
        while (element.FirstChild is { } child)
        {
            element.Before(child);
        }

        element.Remove();
    }

    // Word's own "mso-bidi-font-weight:normal" is no such wrapper: its <b> is bold.
    [GeneratedRegex(@"(^|;)\s*font-weight\s*:\s*(normal|400)", RegexOptions.IgnoreCase)]
    private static partial Regex NotBold();

    [GeneratedRegex(@"mso-list:\s*l\d+\s+level(\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex MsoListLevel();

    [GeneratedRegex(@"^\(?([0-9]+|[a-zA-Z]|[ivxlcIVXLC]+)[.)]")]
    private static partial Regex NumberMarker();
}
