using System.Globalization;
using System.Text;
using System.Xml;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Parts;
using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Web.Site.Organisation;

namespace GiaVien.Cms.Web.Site.Feeds;

/// <summary>
/// <c>/sitemap.xml</c> (sitemaps.org 0.9): home, news list, categories, the "Giới thiệu" pages and every published item
/// with its last change, but those of a type a disabled feature hides (their pages answer 404 meanwhile); a page in
/// several languages lists each version as an <c>xhtml:link</c> hreflang alternate.
/// </summary>
public static class SitemapXml
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    public static async Task<IResult> RenderAsync(HttpContext context, PublishedQueries published, PageRenderer renderer, ContentTranslations translations, ContentDefinitionStore definitions)
    {
        var site = await renderer.SiteAsync(context);
        var hidden = await definitions.HiddenTypesAsync(context.RequestAborted);
        var entries = (await published.EntriesAsync(context.RequestAborted)).Where(e => !hidden.Contains(e.ContentType)).ToList();
        var alternates = new Dictionary<string, IReadOnlyList<TranslationVersion>>(await translations.AllAsync(context.RequestAborted), StringComparer.Ordinal);
        if ((await definitions.LoadAsync(context.RequestAborted)).FindType(OrganisationDirectory.UnitType) is not null)
        {
            foreach (var (_, vietnamese, english) in OrganisationPages.Pages)
            {
                alternates[vietnamese] = alternates[english] = [new(LocalizationPart.Vietnamese, vietnamese), new(LocalizationPart.English, english)];
            }
        }

        var newest = entries.Count > 0 ? entries.Max(e => e.ModifiedUtc) : (DateTime?)null;
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            if (alternates.Count > 0)
            {
                xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            }

            Url(xml, site.BaseUrl + "/", newest);
            Url(xml, site.BaseUrl + "/tin-tuc", newest);
            foreach (var category in await renderer.CategoriesAsync(context.RequestAborted))
            {
                Url(xml, $"{site.BaseUrl}/chuyen-muc/{category.Slug}", null);
            }

            // Pages that are no item (the "Giới thiệu" pages) but have language versions.
            var itemPaths = entries.Select(e => e.Path).ToHashSet(StringComparer.Ordinal);
            foreach (var path in alternates.Keys.Where(p => !itemPaths.Contains(p)).Order(StringComparer.Ordinal))
            {
                Url(xml, $"{site.BaseUrl}/{path}", null, alternates[path], site.BaseUrl);
            }

            foreach (var entry in entries)
            {
                Url(xml, $"{site.BaseUrl}/{entry.Path}", entry.ModifiedUtc, alternates.GetValueOrDefault(entry.Path), site.BaseUrl);
            }

            xml.WriteEndElement();
        }

        return Results.Text(output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/xml; charset=utf-8", Encoding.UTF8);
    }

    private static void Url(XmlWriter xml, string location, DateTime? modifiedUtc, IReadOnlyList<TranslationVersion>? versions = null, string baseUrl = "")
    {
        xml.WriteStartElement("url", Namespace);
        xml.WriteElementString("loc", Namespace, location);
        if (modifiedUtc is { } utc)
        {
            xml.WriteElementString("lastmod", Namespace, DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture));
        }

        foreach (var version in versions ?? [])
        {
            xml.WriteStartElement("xhtml", "link", XhtmlNamespace);
            xml.WriteAttributeString("rel", "alternate");
            xml.WriteAttributeString("hreflang", version.Language);
            xml.WriteAttributeString("href", $"{baseUrl}/{version.Path}");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}
