using System.Text.Json;
using AngleSharp.Html.Parser;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// The rich-text editor (Trix) keeps an inserted photo's caption and alt text in a JSON attribute of its
/// <c>&lt;figure&gt;</c> and renders them only inside the editor. This writes them into the figure itself —
/// <c>&lt;img alt&gt;</c> and <c>&lt;figcaption&gt;</c> — so readers, screen readers and feeds get them; the
/// attribute stays, so the figure opens in the editor again as it was.
/// </summary>
public static class EditorFigures
{
    private static readonly HtmlParser Parser = new();

    public static string Normalize(string html)
    {
        if (!html.Contains("data-trix-attachment", StringComparison.Ordinal))
        {
            return html;
        }

        var document = Parser.ParseDocument("<body>" + html + "</body>");
        foreach (var figure in document.QuerySelectorAll("figure[data-trix-attachment]"))
        {
            Attachment? attachment;
            try
            {
                attachment = JsonSerializer.Deserialize<Attachment>(figure.GetAttribute("data-trix-attachment")!, JsonSerializerOptions.Web);
            }
            catch (JsonException)
            {
                continue;
            }

            var source = attachment?.Content is { } content ? Parser.ParseDocument("<body>" + content + "</body>").QuerySelector("img") : null;
            var src = source?.GetAttribute("src") ?? attachment?.Url;
            if (src is null)
            {
                continue;
            }

            var image = document.CreateElement("img");
            image.SetAttribute("src", src);
            image.SetAttribute("alt", source?.GetAttribute("alt") ?? "");
            CopyLayoutHints(source, image);
            var caption = document.CreateElement("figcaption");
            caption.TextContent = attachment?.Caption ?? "";
            figure.InnerHtml = "";
            figure.AppendChild(image);
            if (caption.TextContent.Length > 0)
            {
                figure.AppendChild(caption);
            }
        }

        return document.Body!.InnerHtml;
    }

    // An image picked from the media library knows its rendered size and loads lazily: keeping these hints
    // keeps the page from jumping while photos load. Only plain values pass; the sanitizer runs afterwards.
    private static readonly (string Name, Func<string, bool> Allowed)[] LayoutHints =
    [
        ("width", IsSize), ("height", IsSize),
        ("loading", value => value is "lazy" or "eager"),
        ("decoding", value => value is "async" or "sync" or "auto"),
    ];

    private static void CopyLayoutHints(AngleSharp.Dom.IElement? source, AngleSharp.Dom.IElement image)
    {
        foreach (var (name, allowed) in LayoutHints)
        {
            if (source?.GetAttribute(name) is { } value && allowed(value))
            {
                image.SetAttribute(name, value);
            }
        }
    }

    private static bool IsSize(string value) => value.Length is > 0 and <= 5 && value.All(char.IsAsciiDigit);

    private sealed record Attachment(string? Content, string? Caption, string? Url);
}
