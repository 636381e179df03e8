using System.Text.RegularExpressions;
using GiaVien.Cms.Themes;
using GiaVien.Cms.Themes.Guard;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GiaVien.Cms.Web.Tests.Security;

/// <summary>
/// A template override cannot put active content in a page: what is written out is refused at save with its name,
/// and what Liquid assembles at render time is removed from the output.
/// </summary>
public sealed partial class TemplateOverrideGuardTests
{
    private static readonly ThemeRenderer Renderer = new(Options.Create(new ThemesOptions()), new OverrideOutputGuard(), NullLogger<ThemeRenderer>.Instance);

    private const string ProductHead = "<script nonce=\"cHJvZHVjdC1ub25jZQ\" src=\"/theme/site.js\"></script>";

    public static TheoryData<string> ThemeViews => [.. Renderer.ViewNames];

    [Theory]
    [MemberData(nameof(ThemeViews))]
    public void Every_view_of_the_theme_may_be_saved_as_an_override(string view) =>
        Assert.Empty(TemplateSourceCheck.Refusals(Renderer.ThemeSource(view), isLayout: view == "Layout"));

    [Theory]
    [InlineData("<script>alert(1)</script>", "thẻ <script>")]
    [InlineData("<SCRIPT src=//evil.example/x.js></SCRIPT>", "thẻ <script>")]
    [InlineData("<img src=x onerror=alert(1)>", "thuộc tính sự kiện onerror")]
    [InlineData("<p onmouseover=\"alert(1)\">Chào</p>", "thuộc tính sự kiện onmouseover")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>", "\"javascript:\"")]
    [InlineData("<a href=\" &#106;ava&#x09;script:alert(1)\">x</a>", "thuộc tính href")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "thẻ <iframe>")]
    [InlineData("<object data=\"x.swf\"></object>", "thẻ <object>")]
    [InlineData("<embed src=\"x.swf\">", "thẻ <embed>")]
    [InlineData("<base href=\"https://evil.example/\">", "thẻ <base>")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">", "http-equiv")]
    [InlineData("<form action=\"https://evil.example/thu\" method=\"post\"><input name=q></form>", "biểu mẫu gửi đến trang khác")]
    [InlineData("<form action=\"//evil.example/thu\"><button>Gửi</button></form>", "biểu mẫu gửi đến trang khác")]
    [InlineData("<button formaction=\"https://evil.example\">Gửi</button>", "thuộc tính formaction")]
    [InlineData("<svg onload=alert(1)></svg>", "thẻ <svg>")]
    [InlineData("<style>body{background:url(https://evil.example)}</style>", "thẻ <style>")]
    [InlineData("<div style=\"position:fixed;inset:0\">x</div>", "thuộc tính style")]
    [InlineData("<link rel=\"modulepreload\" href=\"/x.js\">", "thẻ <link rel=\"modulepreload\">")]
    public void Active_content_written_in_a_template_is_refused_by_name(string html, string named)
    {
        var message = TemplateSourceCheck.Message($"<h1>{{{{ title }}}}</h1>\n{html}", isLayout: false);
        Assert.NotNull(message);
        Assert.StartsWith("Mẫu không được lưu", message);
        Assert.Contains(named, message);
    }

    [Theory]
    [InlineData("{{ \"<scr\" | append: \"ipt>alert(1)</scr\" | append: \"ipt>\" | raw }}")]
    [InlineData("<scr{{ \"\" }}ipt>alert(1)</scr{{ \"\" }}ipt>")]
    [InlineData("<{{ \"script\" }}>alert(1)</{{ \"script\" }}>")]
    [InlineData("{% assign h = \"on\" | append: \"error\" %}<img src=x {{ h }}=alert(1)>")]
    [InlineData("<a href=\"java{% if true %}script{% endif %}:alert(1)\">x</a>")]
    [InlineData("<a href=\"{{ \"javascript:alert(1)\" }}\">x</a>")]
    [InlineData("<{{ \"iframe\" }} srcdoc=\"<script>alert(1)</script>\"></{{ \"iframe\" }}>")]
    [InlineData("<svg><{{ \"script\" }}>alert(1)</{{ \"script\" }}></svg>")]
    [InlineData("{{ \"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>\" | raw }}")]
    [InlineData("{{ \"<form action=https://evil.example><input name=q></form>\" | raw }}")]
    [InlineData("{{ \"<meta http-equiv=refresh content='0;url=https://evil.example'>\" | raw }}")]
    public async Task Active_content_assembled_by_liquid_is_removed_from_the_rendered_view(string source)
    {
        var overrides = Renderer.ParseOverrides("gia-hoa", new Dictionary<string, string> { ["Page"] = "<h1>Trang</h1>" + source });
        var html = await Renderer.RenderAsync("Page", new { title = "Trang" }, overrides);
        AssertInert(html);
        Assert.Contains("<h1>Trang</h1>", html);
    }

    [Fact]
    public async Task A_layout_override_is_cleaned_and_the_product_scripts_are_added_after_it()
    {
        const string layout = """
            <!DOCTYPE html><html lang="vi"><head><title>{{ site_name }}</title>
            {{ "<meta http-equiv=refresh content='0;url=https://evil.example'>" | raw }}{{ "<scr" | append: "ipt>alert(1)</scr" | append: "ipt>" | raw }}
            {{ "<base href=https://evil.example/>" | raw }}
            </head><body><main>{{ body | raw }}</main>{% assign e = "on" | append: "load" %}<img src=x {{ e }}="alert(1)"></body></html>
            """;
        var overrides = Renderer.ParseOverrides("gia-hoa", new Dictionary<string, string> { ["Layout"] = layout });
        var html = await Renderer.RenderPageAsync("Unavailable", new { title = "Tạm ngừng", message = "Đang bảo trì" }, new { site_name = "Xã Gia Hòa" }, overrides, ProductHead);

        Assert.Contains(ProductHead, html);
        AssertInert(html.Replace(ProductHead, "", StringComparison.Ordinal));
        Assert.Contains("Đang bảo trì", html);
        Assert.Contains("<title>Xã Gia Hòa</title>", html);
    }

    [Fact]
    public async Task The_themes_own_layout_gets_the_product_scripts_before_its_head_ends()
    {
        var html = await Renderer.RenderPageAsync("Unavailable", new { title = "Tạm ngừng" }, new { site = new { site_name = "Xã Gia Hòa" }, page = new { } }, productHead: ProductHead);
        Assert.Contains(ProductHead + "</head>", html);
    }

    private static void AssertInert(string html)
    {
        Assert.DoesNotMatch(ActiveMarkup(), html);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http-equiv", html, StringComparison.OrdinalIgnoreCase);
        // Text may still name the site (a meta's content, a srcdoc turned text); no address of it may be followed.
        Assert.DoesNotMatch(@"(href|src|action)=""[^""]*evil\.example", html);
    }

    [GeneratedRegex(@"<\s*(script|iframe|svg|math|style|base|meta\s+http-equiv|object|embed)\b|\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex ActiveMarkup();
}
