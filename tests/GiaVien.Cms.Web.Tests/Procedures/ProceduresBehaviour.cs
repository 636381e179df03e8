using System.Net;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Procedures.Import;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests.Procedures;

/// <summary>
/// "Thủ tục hành chính" and "Công khai" on a running commune: both switched on from "Tính năng", procedures imported
/// from a spreadsheet (a preview with the broken rows named, nothing written before the confirmation, a second import
/// updating by code) and read by residents in the filtered list and on the procedure's page.
/// </summary>
public abstract class ProceduresBehaviour(DemoHost host)
{
    private const string PortalUrl = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193";

    private async Task<(string Tenant, EditorClient Admin)> NewTenantWithFeaturesAsync()
    {
        var name = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "UBND xã Gia Phong", name, [], null));
        var admin = await EditorClient.SignInAsync(host, $"/{name}", CmsHost.AdminUserName, CmsHost.AdminPassword);
        foreach (var feature in new[] { "procedures", "disclosures" })
        {
            using var response = await admin.Http.PostFormAsync($"/{name}/admin/features", $"/{name}/admin/features?handler=Enable", new Dictionary<string, string> { ["id"] = feature });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        return (name, admin);
    }

    private Task<int> ProcedureCountAsync(string tenant) => TenantServices.RunAsync(host, tenant, async services =>
        (await services.GetRequiredService<ContentQueries>().PublishedAsync("ThuTucHanhChinh", 0, 100)).Count);

    [Fact]
    public async Task Both_features_can_be_enabled_on_a_running_tenant_and_their_lists_and_menu_items_appear()
    {
        var name = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "UBND xã Gia Phong", name, [], null));
        var resident = host.Browser();
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetPageAsync($"/{name}/thu-tuc-hanh-chinh")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await resident.GetPageAsync($"/{name}/cong-khai")).Status);

        var admin = await EditorClient.SignInAsync(host, $"/{name}", CmsHost.AdminUserName, CmsHost.AdminPassword);
        foreach (var (feature, title) in new[] { ("procedures", "Thủ tục hành chính"), ("disclosures", "Công khai") })
        {
            using var response = await admin.Http.PostFormAsync($"/{name}/admin/features", $"/{name}/admin/features?handler=Enable", new Dictionary<string, string> { ["id"] = feature });
            Assert.Contains($"Đã bật tính năng “{title}”.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var home = await resident.GetStringAsync($"/{name}/");
        Assert.Contains($"href=\"/{name}/thu-tuc-hanh-chinh\"", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{name}/cong-khai\"", home, StringComparison.Ordinal);
        var (procedures, proceduresHtml) = await resident.GetPageAsync($"/{name}/thu-tuc-hanh-chinh");
        Assert.Equal(HttpStatusCode.OK, procedures);
        Assert.Contains("Chưa công bố thủ tục hành chính nào.", proceduresHtml, StringComparison.Ordinal);
        var (disclosures, disclosuresHtml) = await resident.GetPageAsync($"/{name}/cong-khai");
        Assert.Equal(HttpStatusCode.OK, disclosures);
        Assert.Contains("Chưa có tài liệu công khai nào.", disclosuresHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync($"/{name}/admin/content/edit?type=CongKhai")).StatusCode);
    }

    [Fact]
    public async Task Broken_rows_are_named_in_the_preview_and_nothing_is_written()
    {
        var (tenant, admin) = await NewTenantWithFeaturesAsync();
        var import = new ProcedureImportClient(admin.Http, $"/{tenant}");
        var workbook = ProcedureWorkbooks.Create(
            ProcedureWorkbooks.Row("1.001193", "Đăng ký khai sinh", portalUrl: PortalUrl, onlineLevel: "Toàn trình"),
            ProcedureWorkbooks.Row("1.000894", "Đăng ký kết hôn", sector: "Hôn nhân"),
            ProcedureWorkbooks.Row("1.001193", "Đăng ký khai sinh (trùng mã)"),
            ProcedureWorkbooks.Row("2.000815", "", level: "cấp xã", portalUrl: "javascript:alert(1)"));

        var (status, html) = await import.PreviewAsync(workbook);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("Bảng tính có 3 dòng lỗi: chưa nhập gì.", html, StringComparison.Ordinal);
        Assert.Contains("Trường &quot;Lĩnh vực&quot; chỉ nhận một trong các giá trị", html, StringComparison.Ordinal);
        Assert.Contains("Mã thủ tục “1.001193” đã có ở dòng 2 của bảng tính.", html, StringComparison.Ordinal);
        Assert.Contains("Tiêu đề không được để trống.", html, StringComparison.Ordinal);
        Assert.Contains("“Địa chỉ nộp trực tuyến” phải là một địa chỉ web đầy đủ, bắt đầu bằng https://.", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"payload\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await ProcedureCountAsync(tenant));
    }

    [Fact]
    public async Task A_confirmed_import_publishes_and_a_second_one_updates_by_code()
    {
        var (tenant, admin) = await NewTenantWithFeaturesAsync();
        var import = new ProcedureImportClient(admin.Http, $"/{tenant}");
        var first = ProcedureWorkbooks.Create(
            ProcedureWorkbooks.Row("1.001193", "Đăng ký khai sinh", portalUrl: PortalUrl, onlineLevel: "toàn trình"),
            ProcedureWorkbooks.Row("2.000815", "Chứng thực bản sao từ bản chính", sector: "Chứng thực", fees: "2.000 đồng/trang."));

        var (previewStatus, preview) = await import.PreviewAsync(first);
        Assert.Equal(HttpStatusCode.OK, previewStatus);
        Assert.Contains("2 dòng: 2 thêm mới, 0 cập nhật, 0 không thay đổi, 0 dòng lỗi.", preview, StringComparison.Ordinal);
        Assert.Equal(0, await ProcedureCountAsync(tenant));

        var (confirmStatus, confirmed) = await import.ConfirmAsync(preview);
        Assert.Equal(HttpStatusCode.OK, confirmStatus);
        Assert.Contains("Đã nhập bảng tính: 2 thủ tục thêm mới, 0 thủ tục cập nhật, 0 thủ tục không thay đổi.", confirmed, StringComparison.Ordinal);

        var resident = host.Browser();
        var (_, list) = await resident.GetPageAsync($"/{tenant}/thu-tuc-hanh-chinh?Sector=Ch%E1%BB%A9ng%20th%E1%BB%B1c");
        Assert.Contains("Chứng thực bản sao từ bản chính", list, StringComparison.Ordinal);
        Assert.DoesNotContain(">Đăng ký khai sinh<", list, StringComparison.Ordinal);
        var (_, birth) = await resident.GetPageAsync($"/{tenant}/thu-tuc-hanh-chinh/dang-ky-khai-sinh");
        Assert.Contains($"<a class=\"portal-button\" href=\"{PortalUrl.Replace("&", "&amp;", StringComparison.Ordinal)}\" rel=\"noopener\">Nộp hồ sơ trực tuyến</a>", birth, StringComparison.Ordinal);
        Assert.Contains("<dd>Toàn trình</dd>", birth, StringComparison.Ordinal);

        // The province changes the fee of one procedure: the same codes update, the other row stays as it was.
        var second = ProcedureWorkbooks.Create(
            ProcedureWorkbooks.Row("1.001193", "Đăng ký khai sinh", portalUrl: PortalUrl, onlineLevel: "Toàn trình"),
            ProcedureWorkbooks.Row("2.000815", "Chứng thực bản sao từ bản chính", sector: "Chứng thực", fees: "3.000 đồng/trang."));
        var (_, again) = await import.PreviewAsync(second);
        Assert.Contains("2 dòng: 0 thêm mới, 1 cập nhật, 1 không thay đổi, 0 dòng lỗi.", again, StringComparison.Ordinal);
        await import.ConfirmAsync(again);

        Assert.Equal(2, await ProcedureCountAsync(tenant));
        var (_, copy) = await resident.GetPageAsync($"/{tenant}/thu-tuc-hanh-chinh/chung-thuc-ban-sao-tu-ban-chinh");
        Assert.Contains("3.000 đồng/trang.", copy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_the_expected_workbook_is_refused_in_vietnamese()
    {
        var (tenant, admin) = await NewTenantWithFeaturesAsync();
        var import = new ProcedureImportClient(admin.Http, $"/{tenant}");

        var (csvStatus, csv) = await import.PreviewAsync("Mã thủ tục,Tên thủ tục\n1,2"u8.ToArray(), "thu-tuc.csv");
        Assert.Equal(HttpStatusCode.BadRequest, csvStatus);
        Assert.Contains("Chỉ nhận tệp Excel .xlsx", csv, StringComparison.Ordinal);

        var (fakeStatus, fake) = await import.PreviewAsync("không phải bảng tính"u8.ToArray());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, fakeStatus);
        Assert.Contains("Tệp không phải bảng tính Excel (.xlsx) hợp lệ.", fake, StringComparison.Ordinal);

        var (columnsStatus, columns) = await import.PreviewAsync(ProcedureWorkbooks.WithHeaders(["Mã thủ tục", "Tên"], ["1.001193", "Đăng ký khai sinh"]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, columnsStatus);
        Assert.Contains("thiếu cột bắt buộc: “Tên thủ tục”, “Lĩnh vực”, “Cấp thực hiện”, “Cơ quan thực hiện”", columns, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sample_workbook_downloads_and_imports_as_it_is()
    {
        var (tenant, admin) = await NewTenantWithFeaturesAsync();
        using var response = await admin.Http.GetAsync($"/{tenant}/admin/thu-tuc-hanh-chinh/nhap?handler=Template");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ProcedureTemplate.ContentType, response.Content.Headers.ContentType?.MediaType);

        var (status, preview) = await new ProcedureImportClient(admin.Http, $"/{tenant}").PreviewAsync(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<td>1.001193</td>", preview, StringComparison.Ordinal);
        Assert.Contains("1 dòng: 1 thêm mới", preview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_author_cannot_import_and_a_payload_from_another_tenant_is_refused()
    {
        var (tenant, admin) = await NewTenantWithFeaturesAsync();
        var (other, otherAdmin) = await NewTenantWithFeaturesAsync();
        var (_, preview) = await new ProcedureImportClient(admin.Http, $"/{tenant}").PreviewAsync(ProcedureWorkbooks.Create(ProcedureWorkbooks.Row("1.001193", "Đăng ký khai sinh")));

        // The preview's protected rows, posted on another tenant's form, are not accepted there.
        var otherPage = await otherAdmin.Http.GetStringAsync($"/{other}/admin/thu-tuc-hanh-chinh/nhap");
        var forged = preview.Replace(EditorClient.Token(preview), EditorClient.Token(otherPage), StringComparison.Ordinal);
        var (status, html) = await new ProcedureImportClient(otherAdmin.Http, $"/{other}").ConfirmAsync(forged);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Phiên xem trước không hợp lệ hoặc đã hết hạn", html, StringComparison.Ordinal);
        Assert.Equal(0, await ProcedureCountAsync(other));

        var authorName = await TenantServices.CreateUserAsync(host, tenant, "Author");
        var author = await EditorClient.SignInAsync(host, $"/{tenant}", authorName, TenantServices.UserPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.Http.GetAsync($"/{tenant}/admin/thu-tuc-hanh-chinh/nhap")).StatusCode);
    }

    [Fact]
    public async Task The_demo_commune_lists_its_procedures_and_disclosures_filtered_by_year()
    {
        var name = TenantFactory.UniqueName("gia-hoa");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Hòa", name, [], null), "demo-gia-hoa");
        var resident = host.Browser();

        var (_, disclosures) = await resident.GetPageAsync($"/{name}/cong-khai?Year=2024");
        Assert.Contains("Kết quả rà soát hộ nghèo, hộ cận nghèo xã Gia Hòa năm 2024", disclosures, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch xây dựng nông thôn mới nâng cao xã Gia Hòa năm 2024", disclosures, StringComparison.Ordinal);
        Assert.DoesNotContain("Công khai dự toán thu, chi ngân sách xã Gia Hòa năm 2025", disclosures, StringComparison.Ordinal);

        var (_, budget) = await resident.GetPageAsync($"/{name}/cong-khai?Category=C%C3%B4ng%20khai%20ng%C3%A2n%20s%C3%A1ch");
        Assert.Contains("Công khai dự toán thu, chi ngân sách xã Gia Hòa năm 2025", budget, StringComparison.Ordinal);
        Assert.DoesNotContain("hộ cận nghèo", budget, StringComparison.Ordinal);

        var (_, procedures) = await resident.GetPageAsync($"/{name}/thu-tuc-hanh-chinh?Sector=H%E1%BB%99%20t%E1%BB%8Bch");
        Assert.Contains("Đăng ký khai sinh", procedures, StringComparison.Ordinal);
        Assert.DoesNotContain("Chứng thực bản sao", procedures, StringComparison.Ordinal);
        Assert.Contains($"action=\"/{name}/tim-kiem\"", procedures, StringComparison.Ordinal);

        // The list's search box: a procedure is found by its code, which residents copy from the national database.
        var (_, found) = await resident.GetPageAsync($"/{name}/tim-kiem?q=1.001193&type=ThuTucHanhChinh");
        Assert.Contains("khai sinh", found, StringComparison.Ordinal);
        Assert.DoesNotContain("Đăng ký kết hôn", found, StringComparison.Ordinal);
    }
}

public sealed class SqliteProceduresHost() : DemoHost(DatabaseProvider.Sqlite);

public sealed class SqliteProceduresTests(SqliteProceduresHost host) : ProceduresBehaviour(host), IClassFixture<SqliteProceduresHost>;

public sealed class PostgreSqlProceduresHost() : DemoHost(DatabaseProvider.PostgreSql);

public sealed class PostgreSqlProceduresTests(PostgreSqlProceduresHost host) : ProceduresBehaviour(host), IClassFixture<PostgreSqlProceduresHost>;
