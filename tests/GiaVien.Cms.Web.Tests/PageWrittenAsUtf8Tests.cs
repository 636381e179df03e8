using System.Buffers;
using System.Text;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Themes.Guard;
using GiaVien.Cms.Web.Site;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A themed page is written to the response from the UTF-8 bytes its layout was rendered to (<see cref="RenderedPage"/>),
/// the product's head put in place as it is written: the same bytes as the page's text with the head before its first
/// <c>&lt;/head&gt;</c>, encoded, and with no string of the whole page made on the way.
/// </summary>
public sealed class PageWrittenAsUtf8Tests(UncachedSqliteHost host) : IClassFixture<UncachedSqliteHost>, IDisposable
{
    // Longer than the writer's first buffer, with letters of two and three bytes and a pair of surrogates (four).
    private static readonly string Body = string.Concat(Enumerable.Repeat("<p>Cầu dân sinh thôn Đông Xuân dài 36 m 🌉, rộng 3,5 m.</p>", 4000));

    private const string ProductHead = "<script nonce=\"n\">đầu</script>";

    private readonly string _themes = Directory.CreateTempSubdirectory("giavien-utf8-page-").FullName;

    [Fact]
    public async Task The_page_s_bytes_are_its_text_with_the_product_head_before_the_first_end_of_head_encoded()
    {
        var layout = new LayoutViewModel(ThemeGoldenTests.Site, ThemeGoldenTests.Page("Giới thiệu"));
        var model = new PageViewModel(ThemeGoldenTests.Site, "Giới thiệu", Body);

        using var page = await ThemeGoldenTests.Renderer.RenderPageUtf8Async("Page", model, layout, productHead: ProductHead);
        var bytes = Written(page);

        var text = Encoding.UTF8.GetString(bytes);
        Assert.Equal(page.Length, bytes.Length);
        Assert.Equal(text, page.ToString());
        Assert.Contains(Body, text, StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("</head>", StringComparison.Ordinal) - ProductHead.Length, text.IndexOf(ProductHead, StringComparison.Ordinal));
        var plain = await ThemeGoldenTests.Renderer.RenderPageAsync("Page", model, layout);
        Assert.Equal(plain, text.Remove(text.IndexOf(ProductHead, StringComparison.Ordinal), ProductHead.Length));
    }

    [Theory]
    [InlineData("<HTML><HEAD><title>{{ body }}</title></Head><body>{{ body }}</body></HTML>", "<HTML><HEAD><title>thân</title>" + ProductHead + "</Head><body>thân</body></HTML>")]
    [InlineData("<p>{{ body }}</p><!-- </hea --></head>", "<p>thân</p><!-- </hea -->" + ProductHead + "</head>")]
    [InlineData("<p>{{ body }}</p>", ProductHead + "<p>thân</p>")]
    [InlineData("<p>{{ body }}</p></hea", ProductHead + "<p>thân</p></hea")]
    public async Task The_product_head_goes_before_the_first_end_of_head_in_any_case_else_in_front(string layout, string expected)
    {
        var renderer = Renderer(layout);

        using var page = await renderer.RenderPageUtf8Async("Body", new { }, new { }, productHead: ProductHead);

        Assert.Equal(expected, Encoding.UTF8.GetString(Written(page)));
        Assert.Equal(expected, page.ToString());
    }

    [Fact]
    public async Task A_surrogate_pair_cut_between_two_writes_and_a_lone_one_at_the_end_are_encoded_as_a_string_would_be()
    {
        // Raw: the HTML encoder would write a lone surrogate as a character reference.
        var renderer = Renderer("{{ body }}{{ left | raw }}{{ right | raw }}{{ left | raw }}");

        using var page = await renderer.RenderPageUtf8Async("Body", new { }, new { left = "\uD83C", right = "\uDF09" });

        Assert.Equal(Encoding.UTF8.GetBytes("thân\uD83C\uDF09\uD83C"), Written(page));
    }

    [Fact]
    public async Task Writing_a_rendered_page_to_the_response_makes_no_string_of_the_whole_page()
    {
        var size = await TenantServices.RunAsync(host, "gia-hoa", async services =>
        {
            var renderer = services.GetRequiredService<PageRenderer>();
            var model = new PageViewModel(ThemeGoldenTests.Site, "Giới thiệu", Body);
            var http = new DefaultHttpContext { RequestServices = services };
            http.Response.Body = Stream.Null;
            // The first page loads the tenant's overrides and warms the pools; the second is measured.
            await (await renderer.PageAsync("Page", model, ThemeGoldenTests.Site, ThemeGoldenTests.Page("Giới thiệu"))).ExecuteAsync(http);

            var before = GC.GetAllocatedBytesForCurrentThread();
            await (await renderer.PageAsync("Page", model, ThemeGoldenTests.Site, ThemeGoldenTests.Page("Giới thiệu"))).ExecuteAsync(http);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        });

        // The view's text (the body, in UTF-16) is made once, and the buffer it is written into grows once or twice: the
        // layout's text, the page joined with its head and its count for Content-Length came to about three times more.
        var pageText = Body.Length * sizeof(char);
        Assert.True(size < 3 * pageText, $"{size} bytes allocated to write a page of {pageText} bytes of text");
    }

    private ThemeRenderer Renderer(string layout)
    {
        var views = Directory.CreateDirectory(Path.Combine(_themes, "Test", "Views")).FullName;
        File.WriteAllText(Path.Combine(views, "Layout.liquid"), layout);
        File.WriteAllText(Path.Combine(views, "Body.liquid"), "thân");
        return new ThemeRenderer(Options.Create(new ThemesOptions { Path = _themes, Theme = "Test" }), new OverrideOutputGuard(), NullLogger<ThemeRenderer>.Instance);
    }

    private static byte[] Written(RenderedPage page)
    {
        var writer = new ArrayBufferWriter<byte>();
        page.CopyTo(writer);
        return writer.WrittenSpan.ToArray();
    }

    public void Dispose() => Directory.Delete(_themes, recursive: true);
}
