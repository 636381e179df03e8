using System.Net;
using System.Text.RegularExpressions;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests.Procedures;

/// <summary>
/// "Căn cứ pháp lý" as links: an editor picks a procedure's legal documents from the commune's own Văn bản, the procedure's
/// page links to them and each document's page lists the procedures based on it; an item of another tenant or of another
/// type is refused with the editor's text kept.
/// </summary>
public sealed partial class ProcedureLegalDocumentsTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private const string Editor = "/gia-hoa/admin/content/edit?type=ThuTucHanhChinh";

    private static List<KeyValuePair<string, string>> Procedure(string title, params string[] documents) =>
    [
        new("Title", title),
        new("f:ThuTucHanhChinhPart:Code", "1.00" + Random.Shared.Next(1000, 9999)),
        new("f:ThuTucHanhChinhPart:Sector", "Môi trường"),
        new("f:ThuTucHanhChinhPart:Level", "Cấp xã"),
        new("f:ThuTucHanhChinhPart:Agency", "UBND xã Gia Hòa"),
        .. documents.Select(d => new KeyValuePair<string, string>("f:ThuTucHanhChinhPart:LegalDocuments", d)),
    ];

    [Fact]
    public async Task A_procedure_links_to_the_documents_it_is_based_on_and_each_document_lists_it()
    {
        var editor = await EditorClient.SignInAsync(host, "/gia-hoa", await TenantServices.CreateUserAsync(host, "gia-hoa", "Editor"), TenantServices.UserPassword);

        // The editor picks from the commune's own documents; the district's are not offered.
        var form = await editor.Http.GetStringAsync(Editor);
        Assert.Matches("<select id=\"f-ThuTucHanhChinhPart-LegalDocuments\" name=\"f:ThuTucHanhChinhPart:LegalDocuments\" multiple", form);
        Assert.Contains("<option value=\"van-ban-gia-hoa-42\">Kế hoạch 42/KH-UBND tổng vệ sinh môi trường đón Tết Nguyên đán Giáp Thìn năm 2024</option>", form, StringComparison.Ordinal);
        Assert.DoesNotContain("van-ban-huyen-125", form, StringComparison.Ordinal);

        var title = "Xác nhận hộ gia đình tham gia thu gom rác thải " + Guid.NewGuid().ToString("N")[..6];
        using var published = await editor.Http.PostFormAsync(Editor, Editor + "&handler=Publish", Procedure(title, "van-ban-gia-hoa-42"));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var resident = host.Browser();
        var (_, list) = await resident.GetPageAsync("/gia-hoa/thu-tuc-hanh-chinh?Sector=M%C3%B4i+tr%C6%B0%E1%BB%9Dng");
        var procedurePath = Regex.Match(list, $"<a href=\"(/gia-hoa/thu-tuc-hanh-chinh/[^\"]+)\">{Regex.Escape(title)}</a>").Groups[1].Value;
        var (status, procedure) = await resident.GetPageAsync(procedurePath);
        Assert.Equal(HttpStatusCode.OK, status);
        var document = DocumentLink().Match(procedure);
        Assert.True(document.Success, "The procedure's page links to its legal document.");
        Assert.Equal("Kế hoạch 42/KH-UBND tổng vệ sinh môi trường đón Tết Nguyên đán Giáp Thìn năm 2024", document.Groups[2].Value);

        var (_, documentPage) = await resident.GetPageAsync(document.Groups[1].Value);
        Assert.Contains("Thủ tục hành chính căn cứ văn bản này", documentPage, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{procedurePath}\">{title}</a>", documentPage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("van-ban-huyen-125", "không tồn tại")] // the district's decision: another tenant's item is not this tenant's
    [InlineData("gia-hoa-news-001", "không thuộc loại được phép")] // the commune's own news item, not a document
    public async Task A_legal_document_of_another_tenant_or_type_is_refused_and_the_form_keeps_what_was_typed(string picked, string message)
    {
        var editor = await EditorClient.SignInAsync(host, "/gia-hoa", await TenantServices.CreateUserAsync(host, "gia-hoa", "Editor"), TenantServices.UserPassword);
        var title = "Thủ tục thử căn cứ sai " + Guid.NewGuid().ToString("N")[..6];

        using var refused = await editor.Http.PostFormAsync(Editor, Editor + "&handler=Publish", Procedure(title, "van-ban-gia-hoa-42", picked));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains(picked, html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{title}\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"van-ban-gia-hoa-42\" selected=\"selected\">", html, StringComparison.Ordinal);
        var (_, list) = await host.Browser().GetPageAsync("/gia-hoa/thu-tuc-hanh-chinh");
        Assert.DoesNotContain(title, list, StringComparison.Ordinal);
    }

    [GeneratedRegex("<ul class=\"legal-documents\"><li><a href=\"([^\"]+)\">([^<]+)</a>")]
    private static partial Regex DocumentLink();
}
