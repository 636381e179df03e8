using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;

namespace GiaVien.Cms.Themes.Guard;

/// <summary>
/// What a tenant's template override renders is cleaned with <see cref="InertHtml"/> before it reaches a page:
/// Liquid can assemble a tag or an attribute from strings (<c>{{ "&lt;scr" | append: "ipt&gt;" }}</c>), so checking
/// the source at save time (<see cref="TemplateSourceCheck"/>) cannot be the only guard. The theme's own views are
/// files of the product and are not cleaned.
/// </summary>
public sealed class OverrideOutputGuard
{
    // Built on the first override rendered, not with the renderer: most tenants override nothing, and the allow-list
    // (AngleSharp and HtmlSanitizer, cold) took most of a second of a restart before the server could listen.
    private readonly Lazy<HtmlSanitizer> _sanitizer = new(() => Create(refused: null));
    private readonly Lazy<HtmlParser> _parser = new(() => new HtmlParser());

    // A page rendered again with the same data (output cache off or expired, signed-in visitors) gives the same
    // output: it is cleaned once. Keyed by the whole output, so a result is only ever reused for identical input.
    private readonly RecentResults _recent = new(capacity: 64);

    /// <summary>A view's output (a fragment placed in the layout's &lt;main&gt;).</summary>
    public string Fragment(string html) => _recent.GetOrAdd(html, h => _sanitizer.Value.Sanitize(h));

    /// <summary>
    /// A layout's output (a whole document), with <paramref name="productHead"/> — the product's own scripts and
    /// styles, carrying the page's nonce — added to its &lt;head&gt; after cleaning, so a template never sees it.
    /// </summary>
    public string Document(string html, string productHead) => _recent.GetOrAdd(html + productHead, _ => Clean(html, productHead));

    private string Clean(string html, string productHead)
    {
        var document = _parser.Value.ParseDocument(html);
        _sanitizer.Value.SanitizeDom(document, document.DocumentElement as AngleSharp.Html.Dom.IHtmlElement);
        document.Head?.Insert(AdjacentPosition.BeforeEnd, productHead);
        return document.ToHtml();
    }

    /// <summary>A sanitizer with the allow-list; <paramref name="refused"/> (for the save-time check) hears every removal.</summary>
    internal static HtmlSanitizer Create(Action<string>? refused)
    {
        var sanitizer = new HtmlSanitizer(InertHtml.Options());
        sanitizer.PostProcessNode += (_, e) => KeepOnThisSite(e.Node, refused);
        if (refused is not null)
        {
            sanitizer.RemovingTag += (_, e) => refused(RefusalNames.Tag(e.Tag.NodeName));
            sanitizer.RemovingAttribute += (_, e) => refused(RefusalNames.Attribute(e.Tag.NodeName, e.Attribute.Name, e.Attribute.Value, e.Reason));
        }

        return sanitizer;
    }

    /// <summary>Removes what the allow-list of names alone cannot judge: where a form posts and what a link element loads.</summary>
    private static void KeepOnThisSite(INode node, Action<string>? refused)
    {
        if (node is not IElement element)
        {
            return;
        }

        if (element.LocalName == "form" && element.GetAttribute("action") is { } action && !IsSitePath(action))
        {
            refused?.Invoke(RefusalNames.FormAction(action));
            element.RemoveAttribute("action");
        }
        else if (element.LocalName == "link"
            && (element.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries) is var relations
            && (relations.Length == 0 || !relations.All(InertHtml.LinkRelations.Contains)))
        {
            refused?.Invoke(RefusalNames.Link(element.GetAttribute("rel")));
            element.Remove();
        }
    }

    /// <summary>A path of this origin ("/tim-kiem", "tim-kiem", "?q="), never another host ("//evil", "https:…").</summary>
    private static bool IsSitePath(string url)
    {
        var trimmed = url.Trim();
        return !trimmed.StartsWith("//", StringComparison.Ordinal) && !trimmed.StartsWith('\\')
            && !trimmed.StartsWith("/\\", StringComparison.Ordinal) && !trimmed.Contains(':', StringComparison.Ordinal);
    }
}
