using AngleSharp.Dom;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// A link in an article that leads to another site gets <c>rel="noopener noreferrer"</c>: the page it opens cannot
/// reach back into ours (<c>window.opener</c>) nor learn which article was read. Only <c>target="_blank"</c> is kept.
/// </summary>
public static class ExternalLinks
{
    private static readonly string[] Required = ["noopener", "noreferrer"];

    public static void Secure(IElement link)
    {
        if (link.GetAttribute("target") is { } target && !string.Equals(target, "_blank", StringComparison.OrdinalIgnoreCase))
        {
            link.RemoveAttribute("target");
        }

        if (!IsExternal(link.GetAttribute("href")))
        {
            return;
        }

        var rel = (link.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        link.SetAttribute("rel", string.Join(' ', rel.Where(r => !Required.Contains(r, StringComparer.OrdinalIgnoreCase)).Concat(Required)));
    }

    /// <summary>An absolute http(s) or protocol-relative address: another site, as far as an article can tell.</summary>
    public static bool IsExternal(string? href)
    {
        var value = href?.Trim() ?? "";
        return value.StartsWith("//", StringComparison.Ordinal) || value.StartsWith("\\\\", StringComparison.Ordinal)
            || value.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https:", StringComparison.OrdinalIgnoreCase);
    }
}
