using System.Net;
using System.Text.RegularExpressions;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Documents;

/// <summary>The "Văn bản" library of the demo district and Gia Hòa, as a resident reads it.</summary>
public sealed partial class DocumentLibraryTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private const string Decision125 = "/van-ban/quyet-dinh-125-qd-ubnd-phe-duyet-ke-hoach-nao-vet-kenh-muong-noi-dong-vu-xuan";

    [Fact]
    public async Task The_library_lists_the_newest_issued_first_with_number_date_summary_and_file()
    {
        var (status, html) = await host.Browser().GetPageAsync("/van-ban");

        Assert.Equal(HttpStatusCode.OK, status);
        // Ngày ban hành decides, not the day each was put on the site.
        Assert.Equal(["356/UBND-NN", "125/QĐ-UBND", "15/2023/NQ-HĐND", "210/QĐ-UBND", "98/QĐ-UBND"], Numbers(html));
        Assert.Contains("<time datetime=\"2023-12-20\">Thứ tư, 20/12/2023</time>", html);
        Assert.Contains("Phê duyệt kế hoạch nạo vét 14 tuyến kênh cấp III", html);
        Assert.Contains("<a href=\"/media/van-ban/quyet-dinh-125-qd-ubnd.pdf\">Xem quyet-dinh-125-qd-ubnd.pdf</a> <span class=\"file-kind\">(PDF, 23 KB)</span>", html);
        Assert.Contains("<table class=\"documents\">", html);
    }

    [Theory]
    [InlineData("?Nam=2022", new[] { "98/QĐ-UBND" })]
    [InlineData("?LoaiVanBan=nghi-quyet", new[] { "15/2023/NQ-HĐND" })]
    [InlineData("?LinhVuc=N%C3%B4ng%20nghi%E1%BB%87p", new[] { "356/UBND-NN", "125/QĐ-UBND" })]
    [InlineData("?CoQuanBanHanh=H%C4%90ND%20huy%E1%BB%87n%20Gia%20Vi%E1%BB%85n", new[] { "15/2023/NQ-HĐND" })]
    [InlineData("?Nam=2023&LoaiVanBan=quyet-dinh", new[] { "125/QĐ-UBND", "210/QĐ-UBND" })]
    public async Task Filters_narrow_the_list(string query, string[] expected)
    {
        var (_, html) = await host.Browser().GetPageAsync("/van-ban" + query);

        Assert.Equal(expected, Numbers(html));
        Assert.Contains("Bỏ lọc", html);
    }

    [Fact]
    public async Task Tinh_trang_is_computed_from_the_dates_and_from_replacement()
    {
        // 98/QĐ-UBND has no end date but 210/QĐ-UBND replaces it; the 2024 budget resolution ended on 31/12/2024.
        var (_, expired) = await host.Browser().GetPageAsync("/van-ban?TinhTrang=H%E1%BA%BFt%20hi%E1%BB%87u%20l%E1%BB%B1c");
        var (_, inForce) = await host.Browser().GetPageAsync("/van-ban?TinhTrang=C%C3%B2n%20hi%E1%BB%87u%20l%E1%BB%B1c");

        Assert.Equal(["15/2023/NQ-HĐND", "98/QĐ-UBND"], Numbers(expired));
        Assert.Equal(["356/UBND-NN", "125/QĐ-UBND", "210/QĐ-UBND"], Numbers(inForce));
    }

    [Fact]
    public async Task A_document_shows_its_facts_its_pdf_to_open_and_what_it_is_based_on()
    {
        var (status, html) = await host.Browser().GetPageAsync(Decision125);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<dt>Số ký hiệu</dt><dd>125/QĐ-UBND</dd>", html);
        Assert.Contains("<dt>Loại văn bản</dt><dd>Quyết định</dd>", html);
        Assert.Contains("<dt>Người ký</dt><dd>Phó Chủ tịch Trần Đức Minh</dd>", html);
        Assert.Contains("<dt>Tình trạng</dt><dd class=\"document-status\">Còn hiệu lực</dd>", html);
        Assert.Contains("<h3 class=\"document-relation\">Căn cứ</h3>", html);
        Assert.Contains("15/2023/NQ-HĐND: Nghị quyết 15/2023/NQ-HĐND về dự toán", html);
    }

    [Fact]
    public async Task A_link_between_documents_shows_on_both_sides()
    {
        var (_, resolution) = await host.Browser().GetPageAsync(await LinkOfAsync("15/2023/NQ-HĐND"));
        var (_, replaced) = await host.Browser().GetPageAsync(await LinkOfAsync("98/QĐ-UBND"));
        var (_, replacing) = await host.Browser().GetPageAsync(await LinkOfAsync("210/QĐ-UBND"));

        Assert.Contains("<h3 class=\"document-relation\">Là căn cứ của</h3>", resolution);
        Assert.Contains(Decision125, resolution);
        Assert.Contains("<h3 class=\"document-relation\">Bị thay thế bởi</h3>", replaced);
        Assert.Contains("<dt>Tình trạng</dt><dd class=\"document-status\">Hết hiệu lực</dd>", replaced);
        Assert.Contains("<h3 class=\"document-relation\">Thay thế văn bản</h3>", replacing);
    }

    [Fact]
    public async Task A_pdf_opens_in_the_browser_and_a_word_file_downloads()
    {
        var (_, commune) = await host.Browser().GetPageAsync("/gia-hoa/van-ban");
        var pdf = await host.Browser().GetAsync("/media/van-ban/quyet-dinh-125-qd-ubnd.pdf");
        var word = await host.Browser().GetAsync("/gia-hoa/media/van-ban/ke-hoach-ve-sinh-moi-truong-gia-hoa.docx");

        Assert.Contains("<a href=\"/gia-hoa/media/van-ban/ke-hoach-ve-sinh-moi-truong-gia-hoa.docx\" download>Tải về ke-hoach-ve-sinh-moi-truong-gia-hoa.docx</a> <span class=\"file-kind\">(Word, 1 KB)</span>", commune);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Null(pdf.Content.Headers.ContentDisposition);
        Assert.Equal("attachment", word.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Fact]
    public async Task The_feed_carries_new_documents_with_their_numbers()
    {
        var response = await host.Browser().GetAsync("/van-ban/rss.xml");
        var xml = await response.Content.ReadAsStringAsync();

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>125/QĐ-UBND: Quyết định 125/QĐ-UBND phê duyệt kế hoạch nạo vét", xml);
    }

    [Fact]
    public async Task A_page_past_the_end_and_an_unknown_document_are_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await host.Browser().GetPageAsync("/van-ban?trang=9")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Browser().GetPageAsync("/van-ban/khong-co-van-ban-nay")).Status);
    }

    private async Task<string> LinkOfAsync(string number)
    {
        var (_, html) = await host.Browser().GetPageAsync("/van-ban");
        return Regex.Match(html, $"<a href=\"([^\"]+)\">{Regex.Escape(number)}</a>").Groups[1].Value;
    }

    private static List<string> Numbers(string html) => NumberCell().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<th scope=\"row\" class=\"document-number\"><a href=\"[^\"]+\">([^<]+)</a></th>")]
    private static partial Regex NumberCell();
}
