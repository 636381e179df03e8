using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// The rich-text editor (Trix) keeps an inserted photo's caption and alt text in a JSON attribute of its
/// <c>&lt;figure&gt;</c> and renders them only inside the editor. <see cref="Normalize"/> writes them into a clean
/// <c>&lt;figure&gt;&lt;img alt&gt;&lt;figcaption&gt;</c> and drops every <c>data-trix-*</c> attribute, so what is stored
/// and served is plain HTML (no caption three times over); <see cref="ForEditor"/> turns such figures back into the
/// editor's attachments when the body is opened again, so a caption stays a caption and never becomes body text.
/// Tables, which Trix cannot edit (it would flatten them into lines of text), travel the same way: in the editor a
/// table is an attachment whose content is the table (pasted ones are put there by the editor's paste handler),
/// stored and served as the plain <c>&lt;table&gt;</c>.
/// </summary>
public static class EditorFigures
{
    private const string TrixAttributePrefix = "data-trix-";
    private static readonly HtmlParser Parser = new();

    public static string Normalize(string html)
    {
        if (!html.Contains(TrixAttributePrefix, StringComparison.Ordinal))
        {
            return html;
        }

        var document = Parser.ParseDocument("<body>" + html + "</body>");
        foreach (var figure in document.QuerySelectorAll("figure[data-trix-attachment]"))
        {
            RebuildFigure(document, figure);
        }

        foreach (var element in document.Body!.QuerySelectorAll("*"))
        {
            foreach (var name in element.Attributes.Select(a => a.Name).Where(n => n.StartsWith(TrixAttributePrefix, StringComparison.Ordinal)).ToList())
            {
                element.RemoveAttribute(name);
            }
        }

        return document.Body.InnerHtml;
    }

    /// <summary>Clean figures as the editor's attachments (image and caption kept by the attachment, as when inserted).</summary>
    public static string ForEditor(string html)
    {
        if (!html.Contains("<figure", StringComparison.OrdinalIgnoreCase) && !html.Contains("<table", StringComparison.OrdinalIgnoreCase))
        {
            return html;
        }

        var document = Parser.ParseDocument("<body>" + html + "</body>");
        foreach (var table in document.Body!.QuerySelectorAll("table").Where(t => t.ParentElement?.Closest("table, figure") is null).ToList())
        {
            var figure = document.CreateElement("figure");
            figure.SetAttribute("data-trix-attachment", JsonSerializer.Serialize(new { content = table.OuterHtml, contentType = TableContentType }));
            table.Replace(figure);
        }

        foreach (var figure in document.QuerySelectorAll("figure:not([data-trix-attachment])"))
        {
            if (figure.QuerySelector("img") is not { } image)
            {
                continue;
            }

            var caption = figure.QuerySelector("figcaption")?.TextContent.Trim() ?? "";
            // The same content the media picker inserts: the image, and a preview of the caption for the editor only.
            var preview = caption.Length == 0 ? "" : $"<span class=\"caption-preview\">{System.Net.WebUtility.HtmlEncode(caption)}</span>";
            figure.SetAttribute("data-trix-attachment", JsonSerializer.Serialize(new Attachment(image.OuterHtml + preview, caption, null), JsonSerializerOptions.Web));
        }

        return document.Body!.InnerHtml;
    }

    private static void RebuildFigure(IDocument document, IElement figure)
    {
        Attachment? attachment;
        try
        {
            attachment = JsonSerializer.Deserialize<Attachment>(figure.GetAttribute("data-trix-attachment")!, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            return;
        }

        var inner = attachment?.Content is { } content ? Parser.ParseDocument("<body>" + content + "</body>") : null;
        if (inner?.QuerySelector("img") is null && inner?.QuerySelectorAll("table") is { Length: > 0 } tables)
        {
            figure.Insert(AdjacentPosition.BeforeBegin, string.Concat(tables.Where(t => t.ParentElement?.Closest("table") is null).Select(t => t.OuterHtml)));
            figure.Remove();
            return;
        }

        var source = inner?.QuerySelector("img");
        var src = source?.GetAttribute("src") ?? attachment?.Url;
        if (src is null)
        {
            return;
        }

        var image = document.CreateElement("img");
        image.SetAttribute("src", src);
        image.SetAttribute("alt", source?.GetAttribute("alt") ?? "");
        CopyLayoutHints(source, image);
        var caption = document.CreateElement("figcaption");
        caption.TextContent = attachment?.Caption ?? "";
        figure.InnerHtml = "";
        // Trix's classes (attachment attachment--content) only style the editor.
        figure.RemoveAttribute("class");
        figure.AppendChild(image);
        if (caption.TextContent.Length > 0)
        {
            figure.AppendChild(caption);
        }
    }

    // An image picked from the media library knows its rendered size and loads lazily: keeping these hints
    // keeps the page from jumping while photos load. Only plain values pass; the sanitizer runs afterwards.
    private static readonly (string Name, Func<string, bool> Allowed)[] LayoutHints =
    [
        ("width", IsSize), ("height", IsSize),
        ("loading", value => value is "lazy" or "eager"),
        ("decoding", value => value is "async" or "sync" or "auto"),
    ];

    private static void CopyLayoutHints(IElement? source, IElement image)
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

    /// <summary>The content type the editor's paste handler gives a table attachment.</summary>
    private const string TableContentType = "text/html";

    private sealed record Attachment(string? Content, string? Caption, string? Url);
}
