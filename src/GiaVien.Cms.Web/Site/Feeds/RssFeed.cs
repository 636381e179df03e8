using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Xml;
using GiaVien.Cms.Content.Published;

namespace GiaVien.Cms.Web.Site.Feeds;

/// <summary>
/// RSS 2.0 of the tenant's newest news (<c>/rss.xml</c>) or of one category (<c>/chuyen-muc/{slug}/rss.xml</c>).
/// Feed readers treat a description (and many a title) as HTML, so every text element is HTML-encoded text: a lead
/// such as <c>&lt;img onerror=…&gt;</c> reaches the reader as those characters, never as markup.
/// </summary>
public static class RssFeed
{
    // Vietnamese letters stay readable; only markup characters become entities.
    private static readonly HtmlEncoder TextEncoder = HtmlEncoder.Create(UnicodeRanges.All);

    public const int ItemCount = 20;
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static Task<IResult> AllAsync(HttpContext context, PublishedQueries published, PageRenderer renderer) =>
        RenderAsync(context, published, renderer, null);

    public static async Task<IResult> CategoryAsync(string slug, HttpContext context, PublishedQueries published, PageRenderer renderer)
    {
        var category = (await renderer.CategoriesAsync(context.RequestAborted)).FirstOrDefault(c => c.Slug == slug);
        return category is null ? await renderer.NotFoundAsync(context) : await RenderAsync(context, published, renderer, category);
    }

    private static async Task<IResult> RenderAsync(HttpContext context, PublishedQueries published, PageRenderer renderer, CategoryTerm? category)
    {
        var site = await renderer.SiteAsync(context);
        var categories = await renderer.CategoriesAsync(context.RequestAborted);
        var news = await published.LatestAsync(NewsPresenter.NewsType, 0, ItemCount, category?.ContentItemId, context.RequestAborted);
        var link = category is null ? site.BaseUrl + "/" : site.BaseUrl + $"/chuyen-muc/{category.Slug}";
        var output = new StringBuilder();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Async = false, Encoding = Encoding.UTF8 }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, Atom);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", Text(category is null ? site.SiteName : $"{category.Title} - {site.SiteName}"));
            xml.WriteElementString("link", link);
            xml.WriteElementString("description", Text(category is null ? site.BannerText : $"Tin bài chuyên mục {category.Title} của {site.SiteName}"));
            xml.WriteElementString("language", "vi");
            if (news.Count > 0)
            {
                xml.WriteElementString("lastBuildDate", Rfc822(news.Max(n => n.ModifiedUtc)));
            }

            xml.WriteStartElement("atom", "link", Atom);
            xml.WriteAttributeString("href", PageRenderer.BaseUrl(context) + context.Request.Path);
            xml.WriteAttributeString("rel", "self");
            xml.WriteAttributeString("type", "application/rss+xml");
            xml.WriteEndElement();
            foreach (var item in news)
            {
                var url = $"{site.BaseUrl}/{item.Path}";
                xml.WriteStartElement("item");
                xml.WriteElementString("title", Text(item.Title));
                xml.WriteElementString("link", url);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(url);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", Rfc822(item.DateUtc));
                if (item.Lead is not null)
                {
                    xml.WriteElementString("description", Text(item.Lead));
                }

                foreach (var term in categories.Where(c => item.TermIds.Contains(c.ContentItemId)))
                {
                    xml.WriteElementString("category", Text(term.Title));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        // StringBuilder output declares utf-16; the response is UTF-8, and says so.
        return Results.Text(output.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal), "application/rss+xml; charset=utf-8", Encoding.UTF8);
    }

    /// <summary>Plain text as HTML, then written as XML text by the writer (so <c>&lt;</c> travels as <c>&amp;lt;</c>).</summary>
    private static string Text(string value) => TextEncoder.Encode(value);

    /// <summary>RFC 822 date as RSS 2.0 requires: "Wed, 04 Oct 2023 02:15:00 GMT".</summary>
    public static string Rfc822(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("r", CultureInfo.InvariantCulture);
}
