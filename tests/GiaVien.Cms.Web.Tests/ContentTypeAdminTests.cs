using System.Net;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// A tenant's administrator makes a new section in the admin alone: creates the type, gives it fields, makes a role
/// limited to it; that role's editor publishes there and is refused on news. Settings are checked as a recipe's are,
/// and removing a field or a type is refused while items would lose their data.
/// </summary>
public sealed class ContentTypeAdminTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private const string Title = "Lịch tiếp công dân tháng 12 của Chủ tịch xã";

    private async Task<(string Tenant, EditorClient Admin)> NewTenantAsync()
    {
        var name = TenantFactory.UniqueName("xa");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "UBND xã Gia Thắng", name, [], null));
        return (name, await EditorClient.SignInAsync(host, $"/{name}", CmsHost.AdminUserName, CmsHost.AdminPassword));
    }

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private static List<KeyValuePair<string, string>> TypeForm(string name, string displayName, string prefix, bool publicList = true) =>
    [
        F("Form.Name", name), F("Form.DisplayName", displayName), F("Form.RoutePrefix", prefix), F("Form.Parts", "AutoroutePart"),
        F("Form.NewPart", "true"), F("Form.Creatable", "true"), F("Form.Listable", "true"), F("Form.PublicList", publicList ? "true" : "false"),
    ];

    private static async Task<(HttpStatusCode Status, string Html)> PostAsync(EditorClient client, string tenant, string page, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var response = await client.Http.PostFormAsync($"/{tenant}{page}", $"/{tenant}{action}", fields);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static Task<(HttpStatusCode Status, string Html)> CreateTypeAsync(EditorClient admin, string tenant, List<KeyValuePair<string, string>> form) =>
        PostAsync(admin, tenant, "/admin/types/edit", "/admin/types/edit?handler=Save", form);

    private static async Task AddFieldAsync(EditorClient admin, string tenant, string part, string name, string kind, string displayName)
    {
        var (status, html) = await PostAsync(admin, tenant, "/admin/types", $"/admin/types?handler=AddField&part={part}",
            [F("name", name), F("kind", kind), F("displayName", displayName)]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(displayName, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_creates_a_type_with_fields_and_an_editor_limited_to_it_publishes_there_but_not_news()
    {
        var (tenant, admin) = await NewTenantAsync();
        var (status, html) = await CreateTypeAsync(admin, tenant, TypeForm("LichTiepDan", "Lịch tiếp dân", "lich-tiep-dan"));
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Đã thêm kiểu nội dung", html, StringComparison.Ordinal);

        await AddFieldAsync(admin, tenant, "LichTiepDanPart", "Location", "Text", "Địa điểm tiếp dân");
        await AddFieldAsync(admin, tenant, "LichTiepDanPart", "Chair", "Text", "Người chủ trì");
        (status, html) = await PostAsync(admin, tenant, "/admin/types", "/admin/types?handler=Fields&part=LichTiepDanPart",
            [F("Location.DisplayName", "Địa điểm tiếp dân"), F("Location.Required", "true"), F("Chair.DisplayName", "Người chủ trì")]);
        Assert.Contains("Đã lưu các trường.", html, StringComparison.Ordinal);

        (status, html) = await PostAsync(admin, tenant, "/admin/roles", "/admin/roles?handler=Create", [F("Name", "LichEditor"), F("DisplayName", "Biên tập lịch tiếp dân")]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Đã thêm vai trò", html, StringComparison.Ordinal);
        (status, _) = await PostAsync(admin, tenant, "/admin/roles", "/admin/roles?handler=Grants&role=LichEditor",
            [F("grants", "EditOwnContent:LichTiepDan"), F("grants", "SubmitContent:LichTiepDan"), F("grants", "PublishContent:LichTiepDan")]);
        Assert.Equal(HttpStatusCode.OK, status);

        var editor = await EditorClient.SignInAsync(host, $"/{tenant}", await TenantServices.CreateUserAsync(host, tenant, "LichEditor"), TenantServices.UserPassword);
        var list = await editor.Http.GetStringAsync($"/{tenant}/admin/content");
        Assert.Contains("+ Lịch tiếp dân", list, StringComparison.Ordinal);
        Assert.DoesNotContain("+ Tin tức", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync($"/{tenant}/admin/content/edit?type=DistrictNews")).StatusCode);
        // With a valid token of the editor's own form: the server itself refuses, not the antiforgery check.
        (status, _) = await PostAsync(editor, tenant, "/admin/content/edit?type=LichTiepDan", "/admin/content/edit?type=DistrictNews&handler=Publish", EditorClient.News("Tin không được phép đăng"));
        Assert.Equal(HttpStatusCode.Forbidden, status);

        var item = new List<KeyValuePair<string, string>> { F("Title", Title), F("Number", "0"), F("f:LichTiepDanPart:Chair", "Ông Đinh Văn Hùng") };
        (status, html) = await PostAsync(editor, tenant, "/admin/content/edit?type=LichTiepDan", "/admin/content/edit?type=LichTiepDan&handler=Publish", item);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains(Title, html, StringComparison.Ordinal);
        Assert.Contains("Ông Đinh Văn Hùng", html, StringComparison.Ordinal);

        item.Add(F("f:LichTiepDanPart:Location", "Phòng tiếp công dân, trụ sở UBND xã"));
        using (var published = await editor.Http.PostFormAsync($"/{tenant}/admin/content/edit?type=LichTiepDan", $"/{tenant}/admin/content/edit?type=LichTiepDan&handler=Publish", item))
        {
            Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        }

        var page = await host.Browser().GetStringAsync($"/{tenant}/lich-tiep-dan/lich-tiep-cong-dan-thang-12-cua-chu-tich-xa");
        Assert.Contains("Phòng tiếp công dân, trụ sở UBND xã", page, StringComparison.Ordinal);
        Assert.Contains(Title, await host.Browser().GetStringAsync($"/{tenant}/lich-tiep-dan"), StringComparison.Ordinal);

        var audit = await admin.Http.GetStringAsync($"/{tenant}/admin/audit");
        Assert.Contains("Thêm kiểu nội dung", audit, StringComparison.Ordinal);
        Assert.Contains("Sửa quyền của vai trò", audit, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("DistrictNews", "tin-tuc-moi", true, "Đã có kiểu nội dung")]
    [InlineData("lịch", "lich", true, "không hợp lệ")]
    [InlineData("LichHop", "tim-kiem", true, "đường dẫn dành riêng của hệ thống")]
    [InlineData("LichHop", "tin-tuc", true, "đã được kiểu")]
    [InlineData("LichHop", "Lịch họp", true, "chỉ gồm chữ thường không dấu")]
    [InlineData("LichHop", "", true, "Danh sách công khai cần một tiền tố đường dẫn")]
    public async Task Type_settings_are_refused_in_vietnamese_with_what_was_typed_kept(string name, string prefix, bool publicList, string message)
    {
        var (tenant, admin) = await NewTenantAsync();
        var (status, html) = await CreateTypeAsync(admin, tenant, TypeForm(name, "Lịch họp của Đảng ủy", prefix, publicList));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("value=\"Lịch họp của Đảng ủy\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Lịch họp của Đảng ủy", await admin.Http.GetStringAsync($"/{tenant}/admin/types"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_administrators_change_types_and_roles_and_forms_need_their_antiforgery_token()
    {
        var (tenant, admin) = await NewTenantAsync();
        var editor = await EditorClient.SignInAsync(host, $"/{tenant}", await TenantServices.CreateUserAsync(host, tenant, "Editor"), TenantServices.UserPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync($"/{tenant}/admin/types/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.Http.GetAsync($"/{tenant}/admin/roles")).StatusCode);

        using var forged = await admin.Http.PostAsync($"/{tenant}/admin/types/edit?handler=Save", new FormUrlEncodedContent(TypeForm("LichHop", "Lịch họp", "lich-hop")));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/{tenant}/admin/types/edit/LichHop")).StatusCode);
    }

    [Fact]
    public async Task A_field_or_a_type_is_removed_only_while_no_item_uses_it_and_a_features_type_only_by_disabling_the_feature()
    {
        var (tenant, admin) = await NewTenantAsync();
        Assert.Equal(HttpStatusCode.OK, (await CreateTypeAsync(admin, tenant, TypeForm("GopY", "Góp ý", "gop-y"))).Status);
        await AddFieldAsync(admin, tenant, "GopYPart", "Question", "MultiLineText", "Câu hỏi");
        Assert.Equal(HttpStatusCode.OK, (await CreateTypeAsync(admin, tenant, TypeForm("TamThoi", "Tạm thời", "tam-thoi"))).Status);

        using (var saved = await admin.Http.PostFormAsync($"/{tenant}/admin/content/edit?type=GopY", $"/{tenant}/admin/content/edit?type=GopY&handler=Save",
            [F("Title", "Hỏi về thủ tục cấp giấy khai sinh"), F("Number", "0"), F("f:GopYPart:Question", "Cần mang giấy tờ gì?")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }

        var (status, html) = await PostAsync(admin, tenant, "/admin/types", "/admin/types?handler=RemoveField&part=GopYPart&field=Question", []);
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("Không thể xóa trường", html, StringComparison.Ordinal);
        (status, html) = await PostAsync(admin, tenant, "/admin/types/edit/GopY", "/admin/types/edit/GopY?handler=Remove", []);
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("khi còn nội dung thuộc kiểu này", html, StringComparison.Ordinal);

        using (var removed = await admin.Http.PostFormAsync($"/{tenant}/admin/types/edit/TamThoi", $"/{tenant}/admin/types/edit/TamThoi?handler=Remove", []))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/{tenant}/admin/types/edit/TamThoi")).StatusCode);
        Assert.Contains("Xóa kiểu nội dung", await admin.Http.GetStringAsync($"/{tenant}/admin/audit"), StringComparison.Ordinal);

        (status, _) = await PostAsync(admin, tenant, "/admin/features", "/admin/features?handler=Enable", [F("id", "announcements")]);
        Assert.Equal(HttpStatusCode.OK, status);
        (status, html) = await PostAsync(admin, tenant, "/admin/types/edit/ThongBao", "/admin/types/edit/ThongBao?handler=Remove", []);
        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains("hãy tắt tính năng thay vì xóa kiểu", html, StringComparison.Ordinal);
    }
}
