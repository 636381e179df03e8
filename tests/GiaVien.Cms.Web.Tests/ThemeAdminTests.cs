using System.Net;
using GiaVien.Cms.Web.Tests.Infrastructure;

namespace GiaVien.Cms.Web.Tests;

/// <summary>Branding and template overrides from the admin (Giao diện), for tenant administrators only.</summary>
public sealed class ThemeAdminTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private async Task<(string Name, EditorClient Admin)> NewCommuneAsync()
    {
        var name = TenantFactory.UniqueName("gia-minh");
        await TenantFactory.CreateAsync(host, new GiaVien.Cms.Tenants.TenantSpec(name, "Xã Gia Minh", name, [], null));
        return (name, await EditorClient.SignInAsync(host, "/" + name, CmsHost.AdminUserName, CmsHost.AdminPassword));
    }

    private static async Task<HttpResponseMessage> PostAsync(EditorClient admin, string page, Dictionary<string, string> fields, string? handler = null)
    {
        var html = await admin.Http.GetStringAsync(page);
        fields["__af"] = EditorClient.Token(html);
        return await admin.Http.PostAsync(handler is null ? page : $"{page}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    private static Dictionary<string, string> Branding(string color) => new()
    {
        ["Values[SiteName]"] = "Ủy ban nhân dân xã Gia Minh",
        ["Values[BannerText]"] = "Chào mừng đến Trang thông tin điện tử xã Gia Minh",
        ["Values[PrimaryColor]"] = color,
        ["Values[ResponsiblePerson]"] = "Chủ tịch UBND xã",
        ["Values[Address]"] = "Xã Gia Minh, huyện Gia Viễn",
        ["Values[Phone]"] = "0229 3000 000",
        ["Values[Email]"] = "",
        ["Values[LogoPath]"] = "",
    };

    [Fact]
    public async Task Branding_is_saved_and_shown_on_the_public_site_at_once()
    {
        var (name, admin) = await NewCommuneAsync();
        await host.Browser().GetPageAsync($"/{name}/");

        using var response = await PostAsync(admin, $"/{name}/admin/theme", Branding("#1a4d8f"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var html = (await host.Browser().GetPageAsync($"/{name}/")).Html;
        Assert.Contains("class=\"site-name\">Ủy ban nhân dân xã Gia Minh<", html);
        Assert.Contains("CHÀO MỪNG ĐẾN TRANG THÔNG TIN ĐIỆN TỬ XÃ GIA MINH", html);
        Assert.Contains(":root{--primary:#1a4d8f}", html);
        Assert.Contains("Chịu trách nhiệm nội dung: Chủ tịch UBND xã", html);
    }

    [Theory]
    [InlineData("#f5c400")]
    [InlineData("#7fbf7f")]
    [InlineData("do")]
    public async Task A_primary_colour_failing_wcag_aa_contrast_is_refused(string color)
    {
        var (name, admin) = await NewCommuneAsync();
        using var response = await PostAsync(admin, $"/{name}/admin/theme", Branding(color));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(html.Contains("4,5:1 (WCAG 2.1 mức AA)", StringComparison.Ordinal) || html.Contains("#RRGGBB", StringComparison.Ordinal));
        Assert.DoesNotContain($"--primary:{color}", (await host.Browser().GetPageAsync($"/{name}/")).Html);
    }

    [Fact]
    public async Task A_template_with_a_liquid_error_is_refused_with_its_line_and_a_valid_one_is_used()
    {
        var (name, admin) = await NewCommuneAsync();
        using var bad = await PostAsync(admin, $"/{name}/admin/theme/templates/Page", new() { ["Source"] = "<h1>{{ title }}</h1>\n{% if site %}\n<p>thiếu endif</p>" }, "Save");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var error = await bad.Content.ReadAsStringAsync();
        Assert.Contains("Mẫu có lỗi cú pháp Liquid", error);
        Assert.Matches(@"\(\d+:\d+\)", error);

        using var good = await PostAsync(admin, $"/{name}/admin/theme/templates/Page", new() { ["Source"] = "<h1 class=\"trang-rieng\">{{ title }}</h1>{{ body_html | raw }}" }, "Save");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Contains("<h1 class=\"trang-rieng\">Giới thiệu</h1>", (await host.Browser().GetPageAsync($"/{name}/trang/gioi-thieu")).Html);
        Assert.Contains("Đã tùy biến", await admin.Http.GetStringAsync($"/{name}/admin/theme/templates"));

        using var reset = await PostAsync(admin, $"/{name}/admin/theme/templates/Page", [], "Reset");
        Assert.DoesNotContain("trang-rieng", (await host.Browser().GetPageAsync($"/{name}/trang/gioi-thieu")).Html);
    }

    [Fact]
    public async Task An_editor_cannot_change_the_theme_and_unknown_templates_are_not_found()
    {
        var (name, admin) = await NewCommuneAsync();
        var editorName = await TenantServices.CreateUserAsync(host, name, "Editor");
        var editor = await EditorClient.SignInAsync(host, "/" + name, editorName, TenantServices.UserPassword);

        Assert.NotEqual(HttpStatusCode.OK, (await editor.Http.GetAsync($"/{name}/admin/theme")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/{name}/admin/theme/templates/Khong")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.Http.GetAsync($"/{name}/admin/theme/templates/..%2Fx")).StatusCode);
    }
}
