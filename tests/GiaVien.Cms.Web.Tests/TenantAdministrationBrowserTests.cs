using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GiaVien.Cms.Web.Tests;

public sealed class TenantAdministrationBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_district_administrator_creates_gia_tan_whose_administrator_publishes_news_seen_on_its_site()
    {
        await using var district = await fixture.NewContextAsync();
        var page = await district.NewPageAsync();
        await page.GotoAsync("/admin/login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(CmsHost.AdminUserName);
        await page.GetByLabel("Mật khẩu").FillAsync(CmsHost.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Trang thành viên (đơn vị)" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tạo đơn vị mới" }).ClickAsync();

        await page.GetByLabel("Tên định danh").FillAsync("gia-tan");
        await page.GetByLabel("Tên hiển thị").FillAsync("UBND xã Gia Tân");
        await page.GetByLabel("Tiền tố đường dẫn").FillAsync("gia-tan");
        await page.GetByLabel("Công thức khởi tạo").SelectOptionAsync("giavien-commune");
        await page.GetByLabel("Tên đăng nhập").FillAsync("quantri-giatan");
        await page.GetByLabel("Mật khẩu (khi không dùng liên kết)").FillAsync("Gia-Tan-quan-tri-2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo đơn vị" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã tạo đơn vị");

        await page.GetByRole(AriaRole.Link, new() { Name = "Xem đơn vị" }).ClickAsync();
        // The page refreshes itself while the tenant is being set up.
        await Assertions.Expect(page.Locator("#state")).ToHaveTextAsync("Đang hoạt động", new() { Timeout = 30_000 });

        await using var commune = await fixture.NewContextAsync();
        var admin = await commune.NewPageAsync();
        await admin.GotoAsync("/gia-tan/admin");
        await admin.GetByLabel("Tên đăng nhập").FillAsync("quantri-giatan");
        await admin.GetByLabel("Mật khẩu").FillAsync("Gia-Tan-quan-tri-2025");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await Assertions.Expect(admin.Locator("header")).ToContainTextAsync("UBND xã Gia Tân");
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Trang thành viên (đơn vị)" })).ToHaveCountAsync(0);

        await admin.GetByRole(AriaRole.Link, new() { Name = "Nội dung", Exact = true }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "+ Tin tức" }).ClickAsync();
        await admin.Locator("#Title").FillAsync("Gia Tân ra quân làm thủy lợi nội đồng");
        await admin.Locator("#f-DistrictNewsPart-Lead").FillAsync("Toàn xã nạo vét hơn 5 km kênh mương trước vụ xuân.");
        // Until Trix has started, its element is not editable yet (and fill refuses it at once rather than waiting).
        await admin.Locator("trix-editor[contenteditable]").FillAsync("Sáng chủ nhật, các thôn đồng loạt ra quân.");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Xuất bản" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã xuất bản.");
        await admin.GotoAsync("/gia-tan");
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Gia Tân ra quân làm thủy lợi nội đồng" })).ToBeVisibleAsync();
        Assert.Equal(TenantState.Running, fixture.Host.Registry.Map.Find("gia-tan")!.State);
        fixture.AssertNoServerWarnings();
    }
}
