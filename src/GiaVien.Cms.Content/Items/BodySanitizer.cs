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
        _sanitizer.AllowedSchemes.Add("mailto");
        _sanitizer.AllowedSchemes.Add("tel");
    }

    public string Sanitize(string html) => _sanitizer.Sanitize(html);
}
