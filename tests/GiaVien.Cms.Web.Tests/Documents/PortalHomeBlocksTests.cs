using System.Net;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Documents;

/// <summary>
/// The demo district's and Gia Hòa's home pages, as their recipes arrange them: the newest documents, the procedures and
/// the banner of the national public-service portal, each leading where a resident expects.
/// </summary>
public sealed class PortalHomeBlocksTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    [Theory]
    [InlineData("", "Quyết định 125/QĐ-UBND phê duyệt kế hoạch nạo vét kênh mương nội đồng vụ Xuân năm 2024", "Đăng ký thành lập hộ kinh doanh")]
    [InlineData("/gia-hoa", "Kế hoạch 42/KH-UBND tổng vệ sinh môi trường đón Tết Nguyên đán Giáp Thìn năm 2024", "Đăng ký khai sinh")]
    public async Task The_home_page_shows_new_documents_procedures_and_the_public_service_portal_banner(string basePath, string document, string procedure)
    {
        var (status, html) = await host.Browser().GetPageAsync(basePath + "/");

        Assert.Equal(HttpStatusCode.OK, status);
        var documents = Block(html, "van-ban-moi");
        Assert.Contains($"<a href=\"{basePath}/van-ban\">Văn bản mới</a>", documents, StringComparison.Ordinal);
        Assert.Contains($">{document}</a>", documents, StringComparison.Ordinal);
        var procedures = Block(html, "thu-tuc-hanh-chinh");
        Assert.Contains($"<a href=\"{basePath}/thu-tuc-hanh-chinh\">Thủ tục hành chính</a>", procedures, StringComparison.Ordinal);
        Assert.Contains($">{procedure}</a>", procedures, StringComparison.Ordinal);
        Assert.Contains(
            $"<a href=\"https://dichvucong.gov.vn/\" rel=\"noopener\" target=\"_blank\"><img class=\"banner-image\" src=\"{basePath}/media/_p/article/bieu-ngu/cong-dich-vu-cong-quoc-gia.jpg\" alt=\"Cổng Dịch vụ công quốc gia\"",
            Block(html, "dich-vu-cong"), StringComparison.Ordinal);

        // The banner's image is served as every library image is.
        using var image = await host.Browser().GetAsync($"{basePath}/media/_p/article/bieu-ngu/cong-dich-vu-cong-quoc-gia.jpg");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
    }

    /// <summary>The markup of one block of the page, from its heading's section to the section's end.</summary>
    private static string Block(string html, string id)
    {
        var start = html.IndexOf($"aria-labelledby=\"khoi-{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"The home page has no block {id}.");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}
