using System.Net;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Changes;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// Bulk actions of the content list (publish, unpublish, move to the trash, change the category): the same permission
/// checks as each item's editor, an audit entry per item, one eviction of the output cache per batch, and a summary of
/// what was done and what was refused and why.
/// </summary>
public sealed class BulkActionsTests(SqliteDemoHost host) : IClassFixture<SqliteDemoHost>
{
    private async Task<string> NewCommuneAsync()
    {
        var name = TenantFactory.UniqueName("gia-minh");
        await TenantFactory.CreateAsync(host, new TenantSpec(name, "Xã Gia Minh", name, [], null));
        return name;
    }

    [Fact]
    public async Task Bulk_publish_of_50_items_writes_50_audit_entries_and_evicts_the_cache_once()
    {
        var tenant = await NewCommuneAsync();
        var ids = new List<string>();
        for (var i = 0; i < 50; i++)
        {
            ids.Add((await NewsFactory.DraftAsync(host, tenant, $"Tin hàng loạt số {i:D2} về lễ hội làng", "phong-vien")).ContentItemId);
        }

        var admin = await EditorClient.SignInAsync(host, "/" + tenant, CmsHost.AdminUserName, CmsHost.AdminPassword);
        var (_, before) = await host.Browser().GetPageAsync($"/{tenant}/");
        Assert.DoesNotContain("Tin hàng loạt số", before);

        var evictions = 0;
        void Count(string changed)
        {
            if (changed == tenant)
            {
                Interlocked.Increment(ref evictions);
            }
        }

        var changes = host.Services.GetRequiredService<PublicChanges>();
        changes.Changed += Count;
        string summary;
        try
        {
            using var response = await admin.BulkAsync("Publish", ids);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            summary = await response.Content.ReadAsStringAsync();
        }
        finally
        {
            changes.Changed -= Count;
        }

        Assert.Contains("Xuất bản: đã thực hiện với 50 nội dung.", summary);
        Assert.Equal(1, evictions);
        var audited = await TenantServices.RunAsync(host, tenant, services => services.GetRequiredService<CmsDbContext>().AuditTrail
            .CountAsync(a => a.Action == "Published" && a.UserName == CmsHost.AdminUserName && ids.Contains(a.ContentItemId!)));
        Assert.Equal(50, audited);
        // The cached home page was dropped: residents see the batch at once.
        Assert.Contains("Tin hàng loạt số 49 về lễ hội làng", (await host.Browser().GetPageAsync($"/{tenant}/")).Html);
    }

    [Fact]
    public async Task A_bulk_action_refuses_item_by_item_what_the_user_may_not_do_and_says_why()
    {
        var tenant = await NewCommuneAsync();
        var authorName = await TenantServices.CreateUserAsync(host, tenant, "Author");
        var author = await EditorClient.SignInAsync(host, "/" + tenant, authorName, TenantServices.UserPassword);
        var own = await NewsFactory.DraftAsync(host, tenant, "Bản nháp của tác giả về đường giao thông", authorName);
        var someoneElses = await NewsFactory.DraftAsync(host, tenant, "Bản nháp của người khác về trường học", "phong-vien");
        var published = await NewsFactory.PublishAsync(host, tenant, "Tin đã đăng về vụ lúa chiêm xuân");

        using var trash = await author.BulkAsync("Trash", [own.ContentItemId, someoneElses.ContentItemId]);
        var html = await trash.Content.ReadAsStringAsync();
        Assert.Contains("Chuyển vào thùng rác: đã thực hiện với 1 nội dung, không thực hiện với 1 nội dung:", html);
        Assert.Contains("<strong>Bản nháp của người khác về trường học</strong>: Bạn không có quyền thực hiện thao tác này với nội dung này.", html);

        // Review is required on a commune: an author publishes nothing, not even their own.
        using var publish = await author.BulkAsync("Unpublish", [published.ContentItemId]);
        Assert.Contains("không thực hiện với 1 nội dung", await publish.Content.ReadAsStringAsync());
        Assert.Contains("Tin đã đăng về vụ lúa chiêm xuân", (await host.Browser().GetPageAsync($"/{tenant}/")).Html);

        var statuses = await TenantServices.RunAsync(host, tenant, services => services.GetRequiredService<CmsDbContext>().ContentItems
            .Where(i => i.Latest).ToDictionaryAsync(i => i.ContentItemId, i => i.DeletedUtc != null));
        Assert.True(statuses[own.ContentItemId]);
        Assert.False(statuses[someoneElses.ContentItemId]);
    }

    [Fact]
    public async Task Changing_the_category_of_a_published_item_publishes_it_in_its_new_category()
    {
        var tenant = await NewCommuneAsync();
        var item = await NewsFactory.PublishAsync(host, tenant, "Ngày hội đại đoàn kết toàn dân tộc ở thôn Đông", categories: ["kinh-te"]);
        var admin = await EditorClient.SignInAsync(host, "/" + tenant, CmsHost.AdminUserName, CmsHost.AdminPassword);

        using var response = await admin.BulkAsync("ChangeCategory", [item.ContentItemId], "van-hoa-xa-hoi");
        Assert.Contains("Đổi chuyên mục: đã thực hiện với 1 nội dung.", await response.Content.ReadAsStringAsync());

        var (_, list) = await admin.Http.GetPageAsync($"/{tenant}/admin/content?status=Published&category=van-hoa-xa-hoi");
        Assert.Contains("Ngày hội đại đoàn kết toàn dân tộc ở thôn Đông", list);
        var publishedTerms = await TenantServices.RunAsync(host, tenant, services => services.GetRequiredService<CmsDbContext>().ContentItems
            .Where(i => i.ContentItemId == item.ContentItemId && i.Published).SelectMany(i => i.Terms.Select(t => t.TermContentItemId)).ToListAsync());
        Assert.Equal(["van-hoa-xa-hoi"], publishedTerms);
    }

    [Fact]
    public async Task Nothing_selected_is_a_vietnamese_400()
    {
        var admin = await EditorClient.SignInAsync(host, "/gia-hoa", CmsHost.AdminUserName, CmsHost.AdminPassword);
        using var response = await admin.BulkAsync("Publish", []);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Hãy chọn ít nhất một nội dung.", await response.Content.ReadAsStringAsync());
    }
}
