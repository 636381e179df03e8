using System.Net;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

public sealed class ContentTypeEditingTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    [Fact]
    public async Task An_administrator_adds_a_field_and_makes_another_required_and_the_editor_follows()
    {
        var admin = await EditorClient.SignInAsync(host, "/mat-tran", CmsHost.AdminUserName, CmsHost.AdminPassword);
        var page = await admin.Http.GetStringAsync("/mat-tran/admin/types");

        using var added = await admin.Http.PostAsync("/mat-tran/admin/types?handler=AddField&part=DistrictNewsPart", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = EditorClient.Token(page), ["name"] = "PhotoCredit", ["kind"] = "Text", ["displayName"] = "Người chụp ảnh",
        }));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);

        var fields = new Dictionary<string, string> { ["__af"] = EditorClient.Token(await added.Content.ReadAsStringAsync()) };
        foreach (var name in new[] { "DisplayDate", "Lead", "Body", "FeaturedImage", "Byline", "Source", "Categories", "ShareWithDistrict", "SeoDescription", "PhotoCredit" })
        {
            fields[$"{name}.DisplayName"] = name == "Lead" ? "Sapo" : "";
        }

        fields["Lead.Required"] = "true";
        fields["Body.Required"] = "true";
        fields["PhotoCredit.Required"] = "true";
        using var saved = await admin.Http.PostAsync("/mat-tran/admin/types?handler=Fields&part=DistrictNewsPart", new FormUrlEncodedContent(fields));
        Assert.Contains("Đã lưu các trường.", await saved.Content.ReadAsStringAsync());

        var editor = await admin.Http.GetStringAsync("/mat-tran/admin/content/edit?type=DistrictNews");
        Assert.Contains("Người chụp ảnh", editor);
        Assert.Contains(">Sapo ", editor);

        using var missing = await admin.PostEditorAsync(null, "Save", EditorClient.News("Bài thiếu người chụp ảnh"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Contains("Người chụp ảnh", await missing.Content.ReadAsStringAsync());

        var complete = EditorClient.News("Bài có người chụp ảnh");
        complete["f:DistrictNewsPart:PhotoCredit"] = "Quang Huy";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostEditorAsync(null, "Save", complete)).StatusCode);
    }

    [Fact]
    public async Task Field_names_are_checked_and_editors_cannot_change_types()
    {
        var admin = await EditorClient.SignInAsync(host, "/thi-tran-me", CmsHost.AdminUserName, CmsHost.AdminPassword);
        var page = await admin.Http.GetStringAsync("/thi-tran-me/admin/types");
        using var bad = await admin.Http.PostAsync("/thi-tran-me/admin/types?handler=AddField&part=DistrictNewsPart", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = EditorClient.Token(page), ["name"] = "người chụp", ["kind"] = "Text",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Tên kỹ thuật của trường", await bad.Content.ReadAsStringAsync());

        var editor = await EditorClient.SignInAsync(host, "/thi-tran-me", await TenantServices.CreateUserAsync(host, "thi-tran-me", "Editor"), TenantServices.UserPassword);
        var (status, html) = await editor.Http.GetPageAsync("/thi-tran-me/admin/types");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("Bạn không có quyền truy cập chức năng này", html);
    }
}
