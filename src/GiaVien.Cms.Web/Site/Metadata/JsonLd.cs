using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace GiaVien.Cms.Web.Site.Metadata;

/// <summary>schema.org JSON-LD for the layout's &lt;script type="application/ld+json"&gt;.</summary>
public static class JsonLd
{
    // This encoder keeps Vietnamese readable but still escapes <, > and &, so "</script>" cannot end the element early.
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static string NewsArticle(ArticleViewModel article, string url, string? imageUrl, string modifiedIso)
    {
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "NewsArticle",
            ["mainEntityOfPage"] = new JsonObject { ["@type"] = "WebPage", ["@id"] = url },
            ["headline"] = article.Title,
            ["description"] = article.Lead,
            ["datePublished"] = article.IsoDate,
            ["dateModified"] = modifiedIso,
            ["inLanguage"] = "vi",
            ["author"] = new JsonObject { ["@type"] = article.Byline is null ? "Organization" : "Person", ["name"] = article.Byline ?? article.Site.SiteName },
            ["publisher"] = Publisher(article.Site),
            ["articleSection"] = new JsonArray([.. article.Categories.Select(c => JsonValue.Create(c.Title))]),
        };
        if (imageUrl is not null)
        {
            json["image"] = new JsonArray(imageUrl);
        }

        return json.ToJsonString(Options);
    }

    public static string WebSite(SiteViewModel site) => new JsonObject
    {
        ["@context"] = "https://schema.org",
        ["@type"] = "WebSite",
        ["name"] = site.SiteName,
        ["url"] = site.BaseUrl + "/",
        ["inLanguage"] = "vi",
        ["publisher"] = Publisher(site),
    }.ToJsonString(Options);

    private static JsonObject Publisher(SiteViewModel site) => new()
    {
        ["@type"] = "GovernmentOrganization",
        ["name"] = site.SiteName,
        ["url"] = site.BaseUrl + "/",
        ["logo"] = new JsonObject { ["@type"] = "ImageObject", ["url"] = Absolute(site, site.LogoUrl) },
    };

    private static string Absolute(SiteViewModel site, string url) =>
        url.StartsWith("http", StringComparison.Ordinal) ? url : site.BaseUrl[..^site.BasePath.Length] + url;
}
