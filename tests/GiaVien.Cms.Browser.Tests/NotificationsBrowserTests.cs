using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GiaVien.Cms.Browser.Tests;

/// <summary>"Thông báo của tôi" in Chromium: the header's count leads to it, it passes axe, and marking read clears the count.</summary>
public sealed class NotificationsBrowserTests(SiteHost host) : IClassFixture<SiteHost>
{
    /// <summary>An author of Gia Hòa writes and submits <paramref name="titles"/>: each reaches the administrator as "Chờ duyệt".</summary>
    private async Task SubmitAsAuthorAsync(params string[] titles)
    {
        var shell = await host.Services.GetRequiredService<ShellHost>().GetAsync(host.Services.GetRequiredService<TenantRegistry>().Map.Find("gia-hoa")!);
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<ShellScope>().Enter(shell);
        var author = "tac-gia-" + Guid.NewGuid().ToString("N")[..6];
        await services.GetRequiredService<UserService>().CreateAsync(author, null, "Mat-khau-tac-gia-2024", ["Author"]);
        var definitions = await services.GetRequiredService<ContentDefinitionStore>().LoadAsync();
        foreach (var title in titles)
        {
            var draft = await services.GetRequiredService<ContentManager>().CreateAsync(new ContentItem
            {
                ContentItemId = ContentManager.NewId(),
                ContentType = "DistrictNews",
                Owner = author,
                Content = new JsonObject
                {
                    ["TitlePart"] = new JsonObject { ["Title"] = title },
                    ["DistrictNewsPart"] = new JsonObject
                    {
                        ["Lead"] = new JsonObject { ["Text"] = title + "." },
                        ["Body"] = new JsonObject { ["Html"] = $"<p>{title}: bài viết của cộng tác viên gửi ban biên tập.</p>" },
                    },
                },
            }, definitions, services.GetRequiredService<StoredContentReferences>(), author);
            await services.GetRequiredService<ContentWorkflow>().SubmitAsync(draft.ContentItemId, author);
        }
    }

    [Fact]
    public async Task The_header_count_leads_to_the_notifications_which_pass_axe_and_are_marked_read()
    {
        await SubmitAsAuthorAsync("Gia Hòa tổ chức ngày hội đại đoàn kết toàn dân tộc", "Kế hoạch ra quân vệ sinh môi trường tháng Chạp");
        var page = await AdminBrowser.SignInAsync(host, "/gia-hoa");
        var bell = page.Locator("header a.bell");
        await Assertions.Expect(bell).ToHaveTextAsync("Thông báo 2 chưa đọc");

        await bell.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thông báo của tôi" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Gia Hòa tổ chức ngày hội đại đoàn kết toàn dân tộc" })).ToBeVisibleAsync();
        await AdminBrowser.AssertAxeAsync(page, "admin-notifications");

        await page.SetViewportSizeAsync(1280, 900);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đánh dấu tất cả là đã đọc" }).ClickAsync();
        await Assertions.Expect(page.Locator("header a.bell")).ToHaveTextAsync("Thông báo");
        await AdminBrowser.AssertAxeAsync(page, "admin-notifications-read");
        Assert.Empty(host.ServerProblems());
    }
}
