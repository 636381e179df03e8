using Ganss.Xss;

namespace GiaVien.Cms.Themes.Guard;

/// <summary>
/// The allow-list of what a tenant's template override may put in a page: structure, text, links, images and the
/// search forms, and nothing that runs, loads a document or changes where the page or its forms go. Everything not
/// listed is dropped, so a kind of active content nobody thought of is refused rather than let through.
/// Styles come only from the theme's stylesheet (no style element or attribute), as in article bodies.
/// </summary>
internal static class InertHtml
{
    private static readonly string[] Tags =
    [
        // Document shell, for the layout.
        "html", "head", "body", "title", "meta", "link",
        // Sections and text.
        "header", "footer", "main", "nav", "section", "article", "aside", "address", "div", "span", "p", "br", "hr",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "figure", "figcaption", "blockquote",
        "pre", "code", "kbd", "samp", "var", "a", "abbr", "b", "bdi", "bdo", "cite", "data", "dfn", "em", "i", "mark",
        "q", "s", "small", "strong", "sub", "sup", "time", "u", "wbr", "del", "ins", "details", "summary",
        "img", "picture", "source",
        // The browser's own player for the tenant's MP4 files (no script; a source outside the site is the CSP's to refuse).
        "video",
        "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
        // Forms: the search boxes (their action must stay on this site, see GuardedHtml).
        "form", "fieldset", "legend", "label", "input", "button", "select", "option", "optgroup", "textarea", "output",
    ];

    private static readonly string[] Attributes =
    [
        "id", "class", "title", "lang", "dir", "role", "hidden", "tabindex", "translate",
        "aria-label", "aria-labelledby", "aria-describedby", "aria-current", "aria-hidden", "aria-live", "aria-pressed",
        "aria-expanded", "aria-controls", "aria-invalid", "aria-required",
        "href", "rel", "target", "hreflang", "download",
        "src", "srcset", "sizes", "alt", "width", "height", "loading", "decoding", "media", "controls", "preload", "poster",
        "datetime", "cite", "value", "start", "reversed", "open",
        "colspan", "rowspan", "headers", "scope", "abbr", "span",
        "action", "method", "name", "type", "for", "placeholder", "autocomplete", "maxlength", "minlength", "min", "max",
        "step", "pattern", "required", "checked", "selected", "disabled", "readonly", "multiple", "size", "rows", "cols",
        "label", "list", "inputmode", "enterkeyhint", "novalidate",
        // In <head>: <meta name|property content>, <meta charset>; never http-equiv (refresh, cookies, a second CSP).
        "content", "charset", "property", "itemprop", "itemscope", "itemtype",
    ];

    /// <summary>Relations a &lt;link&gt; may have: none of them loads or runs script (no preload, modulepreload, import, manifest).</summary>
    internal static readonly HashSet<string> LinkRelations = new(StringComparer.OrdinalIgnoreCase)
    {
        "stylesheet", "canonical", "alternate", "icon", "apple-touch-icon", "author", "license", "help", "search",
        "prev", "next", "schema.dc", "schema.dcterms",
    };

    public static HtmlSanitizerOptions Options() => new()
    {
        AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
        AllowedAttributes = new HashSet<string>(Attributes, StringComparer.OrdinalIgnoreCase),
        AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
        UriAttributes = new HashSet<string>(["href", "src", "action", "cite", "itemtype", "poster"], StringComparer.OrdinalIgnoreCase),
        UriListAttributes = new HashSet<string>(["srcset"], StringComparer.OrdinalIgnoreCase),
        // No style attribute or element is allowed, so no CSS property needs to be; an empty class set allows every class.
        AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        // data-* is inert text; the theme's own site.js finds its buttons by it (data-tools, data-print).
        AllowDataAttributes = true,
    };
}
