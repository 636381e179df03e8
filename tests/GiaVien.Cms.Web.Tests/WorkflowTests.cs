using System.Net;
using GiaVien.Cms.Tenants.Settings;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>Roles × actions through the real editor, and the review workflow from author to editor.</summary>
public sealed class WorkflowTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private const string Tenant = "gia-hoa";
    private const string BasePath = "/gia-hoa";

    private async Task<EditorClient> UserAsync(string role) =>
        await EditorClient.SignInAsync(host, BasePath, await TenantServices.CreateUserAsync(host, Tenant, role), TenantServices.UserPassword);

    [Theory]
    [InlineData("Editor", HttpStatusCode.Redirect, HttpStatusCode.Redirect)]
    [InlineData("Author", HttpStatusCode.Redirect, HttpStatusCode.Forbidden)]
    [InlineData("Contributor", HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    public async Task What_each_role_may_do_with_its_own_new_article(string role, HttpStatusCode submit, HttpStatusCode publish)
    {
        var user = await UserAsync(role);
        var draft = EditorClient.IdFrom(await user.PostEditorAsync(null, "Save", EditorClient.News($"Bản nháp của {role} {Guid.NewGuid():N}")));

        using var submitted = await user.PostEditorAsync(draft, "Submit", EditorClient.News($"Gửi duyệt của {role}"));
        Assert.Equal(submit, submitted.StatusCode);
        using var published = await user.PostEditorAsync(draft, "Publish", EditorClient.News($"Xuất bản của {role}"));
        Assert.Equal(publish, published.StatusCode);
        if (publish == HttpStatusCode.Forbidden)
        {
            Assert.Contains("Bạn không có quyền", await published.Content.ReadAsStringAsync());
            Assert.DoesNotContain($"Xuất bản của {role}", (await host.Browser().GetPageAsync($"{BasePath}/")).Html);
        }
    }

    [Theory]
    [InlineData("Editor", HttpStatusCode.OK)]
    [InlineData("Author", HttpStatusCode.Forbidden)]
    [InlineData("Contributor", HttpStatusCode.Forbidden)]
    public async Task Only_editors_may_open_someone_elses_article(string role, HttpStatusCode expected)
    {
        var user = await UserAsync(role);
        using var response = await user.Http.GetAsync($"{BasePath}/admin/content/edit/gia-hoa-news-001");
        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("Editor", HttpStatusCode.Redirect)]
    [InlineData("Author", HttpStatusCode.Forbidden)]
    [InlineData("Contributor", HttpStatusCode.Forbidden)]
    public async Task Only_editors_may_unpublish_or_delete_published_news(string role, HttpStatusCode expected)
    {
        var editor = await UserAsync("Editor");
        var id = EditorClient.IdFrom(await editor.PostEditorAsync(null, "Publish", EditorClient.News($"Tin để thử gỡ {Guid.NewGuid():N}")));
        var user = await UserAsync(role);

        using var unpublish = await user.ActWithoutOpeningAsync(id, "Unpublish");
        Assert.Equal(expected, unpublish.StatusCode);
    }

    [Fact]
    public async Task An_author_submits_an_editor_returns_it_with_a_comment_then_approves_it()
    {
        var author = await UserAsync("Author");
        var editor = await UserAsync("Editor");
        var title = "Hội Phụ nữ xã Gia Hòa ra quân vệ sinh môi trường " + Guid.NewGuid().ToString("N")[..6];
        var id = EditorClient.IdFrom(await author.PostEditorAsync(null, "Submit", EditorClient.News(title)));

        var (_, queue) = await editor.Http.GetPageAsync($"{BasePath}/admin/content?status=AwaitingReview");
        Assert.Contains(title, queue);

        using var returned = await editor.ActAsync(id, "Return", new() { ["Comment"] = "Bổ sung tên người chụp ảnh." });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var (_, authorView) = await author.Http.GetPageAsync($"{BasePath}/admin/content/edit/{id}");
        Assert.Contains("Biên tập viên trả lại: Bổ sung tên người chụp ảnh.", authorView);

        await author.PostEditorAsync(id, "Submit", EditorClient.News(title));
        using var approved = await editor.PostEditorAsync(id, "Publish", EditorClient.News(title));
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains(title, (await host.Browser().GetPageAsync($"{BasePath}/")).Html);
    }

    [Fact]
    public async Task Where_review_is_not_required_authors_publish_their_own_news()
    {
        var name = TenantFactory.UniqueName("gia-thang");
        await TenantFactory.CreateAsync(host, new GiaVien.Cms.Tenants.TenantSpec(name, "Xã Gia Thắng", name, [], null));
        await TenantServices.RunAsync(host, name, async sp =>
        {
            await sp.GetRequiredService<SiteSettingsStore>().StageAsync(SiteSettingNames.ReviewRequired, "false");
            await sp.GetRequiredService<GiaVien.Cms.Data.CmsDbContext>().SaveChangesAsync();
        });
        var author = await EditorClient.SignInAsync(host, $"/{name}", await TenantServices.CreateUserAsync(host, name, "Author"), TenantServices.UserPassword);

        using var published = await author.PostEditorAsync(null, "Publish", EditorClient.News("Tác giả tự xuất bản khi không cần duyệt"));

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("Tác giả tự xuất bản khi không cần duyệt", (await host.Browser().GetPageAsync($"/{name}/")).Html);
    }
}
