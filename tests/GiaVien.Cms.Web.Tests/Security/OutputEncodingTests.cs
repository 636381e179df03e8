using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using GiaVien.Cms.Data;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Settings;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Security;

/// <summary>
/// Text a tenant's editors typed reaches every output as text: feeds (read by aggregators that render HTML),
/// JSON-LD inside a script element, and the meta tags of the page head.
/// </summary>
public sealed partial class OutputEncodingTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private const string HostileLead = "<img src=x onerror=alert(1)>";
    private const string HostileTitle = "Tin </script><script>alert(2)</script> \"nổi bật\" & <b>mới</b>";
    private const string HostileBanner = "<svg onload=alert(3)>Chào mừng";

    private async Task<(string Name, string Path)> HostileSiteAsync()
    {
        var name = TenantFactory.UniqueName("gia-thanh");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Thanh", name, [], null));
        await TenantServices.RunAsync(host, name, async sp =>
        {
            await sp.GetRequiredService<SiteSettingsStore>().StageAsync(SiteSettingNames.BannerText, HostileBanner);
            await sp.GetRequiredService<SiteSettingsStore>().StageAsync(SiteSettingNames.SiteName, "Xã <i>Gia Thanh</i>");
            await sp.GetRequiredService<CmsDbContext>().SaveChangesAsync();
        });
        var path = await TenantServices.PublishArticleAsync(host, name, HostileTitle, "<p>Nội dung.</p>", lead: HostileLead);
        return (name, path);
    }

    [Fact]
    public async Task Feed_descriptions_and_titles_reach_a_feed_reader_as_text()
    {
        var (name, _) = await HostileSiteAsync();

        // What a reader gets after XML parsing is HTML-encoded text: rendered as HTML, it shows the characters.
        var feed = await FeedAsync($"/{name}/rss.xml");
        Assert.Equal("&lt;svg onload=alert(3)&gt;Chào mừng", feed.Description.Text);
        var item = feed.Items.Single(i => i.Title.Text.Contains("nổi bật", StringComparison.Ordinal));
        Assert.Equal("&lt;img src=x onerror=alert(1)&gt;", item.Summary.Text);
        Assert.DoesNotContain("<", item.Title.Text);
        Assert.Equal(HostileTitle, System.Net.WebUtility.HtmlDecode(item.Title.Text));

        var category = await FeedAsync($"/{name}/chuyen-muc/tin-tuc-su-kien/rss.xml");
        Assert.DoesNotContain("<", category.Title.Text + category.Description.Text);
        Assert.Contains("&lt;i&gt;", category.Description.Text);
    }

    private async Task<SyndicationFeed> FeedAsync(string url) =>
        SyndicationFeed.Load(XmlReader.Create(new StringReader((await host.Browser().GetPageAsync(url)).Html)));

    [Fact]
    public async Task Json_ld_cannot_close_its_script_element_and_meta_tags_stay_attributes()
    {
        var (name, path) = await HostileSiteAsync();
        var (_, html) = await host.Browser().GetPageAsync($"/{name}/{path}");

        var jsonLd = JsonLd().Match(html).Groups[1].Value;
        Assert.DoesNotContain("<", jsonLd);
        using var json = JsonDocument.Parse(jsonLd);
        Assert.Equal(HostileTitle, json.RootElement.GetProperty("headline").GetString());
        Assert.Equal(HostileLead, json.RootElement.GetProperty("description").GetString());

        Assert.DoesNotContain("<script>alert(2)", html);
        Assert.DoesNotContain("<img src=x", html);
        Assert.DoesNotContain("<svg", html);
        foreach (Match meta in MetaContent().Matches(html))
        {
            Assert.DoesNotContain("<", meta.Groups[1].Value);
        }
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();

    [GeneratedRegex("<meta (?:property|name)=\"(?:og|twitter|DC)[^\"]*\" content=\"([^\"]*)\">")]
    private static partial Regex MetaContent();
}
