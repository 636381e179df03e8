using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Web.Tests.Infrastructure;
using SkiaSharp;

namespace GiaVien.Cms.Web.Tests.Media;

/// <summary>The demo recipes ship their illustrations: every image of a demo article comes from its tenant's library.</summary>
public sealed partial class DemoMediaTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    [Fact]
    public async Task Every_image_in_the_demo_articles_is_served_from_the_tenants_library_at_its_stated_size()
    {
        var reader = host.Browser();
        var images = 0;
        foreach (var (tenant, prefix) in DemoContent.PrefixOfTenant)
        {
            foreach (var (title, _) in DemoContent.News(tenant).Where(n => n.Published))
            {
                var (status, html) = await reader.GetPageAsync($"{prefix}/tin-tuc/{VietnameseText.Slugify(title)}");
                Assert.True(status == HttpStatusCode.OK, $"{prefix} {title}: {status}");
                var body = html[html.IndexOf("class=\"article-body\"", StringComparison.Ordinal)..html.IndexOf("</article>", StringComparison.Ordinal)];
                foreach (var image in Image().Matches(body).Select(m => m.Value))
                {
                    var src = WebUtility.HtmlDecode(Attribute(image, "src"));
                    Assert.StartsWith($"{prefix}/media/_p/article/demo/", src);
                    Assert.NotEmpty(Attribute(image, "alt"));
                    using var response = await reader.GetAsync(src);
                    Assert.True(response.StatusCode == HttpStatusCode.OK, $"{src}: {response.StatusCode}");
                    using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
                    Assert.Equal((int.Parse(Attribute(image, "width"), CultureInfo.InvariantCulture), int.Parse(Attribute(image, "height"), CultureInfo.InvariantCulture)),
                        (bitmap.Width, bitmap.Height));
                    images++;
                }
            }
        }

        Assert.Equal(4, images);
    }

    [Fact]
    public async Task The_demo_images_are_in_the_library_with_their_alt_text_and_caption()
    {
        var editor = await MediaClient.SignInAsync(host, "/gia-hoa");
        var file = Assert.Single((await editor.ListAsync("demo")).GetProperty("files").EnumerateArray());
        Assert.Equal("demo/dam-sen-nuoi-ca.jpg", file.GetProperty("path").GetString());
        Assert.StartsWith("Đầm sen kết hợp nuôi cá", file.GetProperty("alt").GetString());
        Assert.StartsWith("Mô hình nuôi cá kết hợp trồng sen", file.GetProperty("caption").GetString());
    }

    private static string Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"", RegexOptions.CultureInvariant).Groups[1].Value;

    [GeneratedRegex("<img\\s[^>]*>")]
    private static partial Regex Image();
}
