using System.Globalization;
using System.Text;
using System.Xml;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Published;

namespace GiaVien.Cms.Web.Site.Feeds;

/// <summary>
/// <c>/sitemap.xml</c> (sitemaps.org 0.9): home, news list, categories and every published item with its last change,
/// but those of a type a disabled feature hides (their pages answer 404 meanwhile).
/// </summary>
public static class SitemapXml
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static async Task<IResult> RenderAsync(HttpContext context, PublishedQueries published, PageRenderer renderer, ContentDefinitionStore definitions)
    {
        var site = await renderer.SiteAsync(context);
        var hidden = await definitions.HiddenTypesAsync(context.RequestAborted);
        var entries = (await published.EntriesAsync(context.RequestAborted)).Where(e => !hidden.Contains(e.ContentType)).ToList();
        var newest = entries.Count > 0 ? entries.Max(e => e.ModifiedUtc) : (DateTime?)null;
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            Url(xml, site.BaseUrl + "/", newest);
            Url(xml, site.BaseUrl + "/tin-tuc", newest);
            foreach (var category in await renderer.CategoriesAsync(context.RequestAborted))
            {
                Url(xml, $"{site.BaseUrl}/chuyen-muc/{category.Slug}", null);
            }

            foreach (var entry in entries)
            {
                Url(xml, $"{site.BaseUrl}/{entry.Path}", entry.ModifiedUtc);
            }

            xml.WriteEndElement();
        }

        return Results.Text(output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/xml; charset=utf-8", Encoding.UTF8);
    }

    private static void Url(XmlWriter xml, string location, DateTime? modifiedUtc)
    {
        xml.WriteStartElement("url", Namespace);
        xml.WriteElementString("loc", Namespace, location);
        if (modifiedUtc is { } utc)
        {
            xml.WriteElementString("lastmod", Namespace, DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }
}
