using System.Xml.Linq;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GiaVien.Cms.Web.Tests;

/// <summary>What residents meet in Chromium: the order of the news, "Tin nổi bật" chosen by editors and the district's search box.</summary>
public sealed class ResidentsReadingBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>
    /// An editor publishes today an article dated 04/10/2023; residents still see today's news first on the home page
    /// ("Tin nổi bật", "Tin mới"), in "Tin tức" and in the RSS feed.
    /// </summary>
    [Fact]
    public async Task An_older_article_published_today_does_not_jump_to_the_top()
    {
        const string today = "Xã Gia Hòa ra quân vệ sinh môi trường cuối tuần";
        const string older = "Hội nghị sơ kết công tác quý III năm 2023";
        await TestNews.PublishAsync(fixture.Host, "gia-hoa", today, "Cả xã cùng ra quân.", "Sáng thứ bảy, các thôn ra quân.");
        var editorName = await TenantServices.CreateUserAsync(fixture.Host, "gia-hoa", "Editor");

        await using (var editorContext = await fixture.NewContextAsync())
        {
            var editor = await SignInAsync(editorContext, editorName);
            await editor.GotoAsync("/gia-hoa/admin/content/edit?type=DistrictNews");
            await editor.Locator("#Title").FillAsync(older);
            await editor.Locator("#f-DistrictNewsPart-Lead").FillAsync("Bài viết đăng bổ sung cho lưu trữ.");
            // The day alone: the editor leaves the time out.
            await editor.Locator("#f-DistrictNewsPart-DisplayDate").FillAsync("2023-10-04");
            await editor.Locator("trix-editor").ClickAsync();
            await editor.Locator("trix-editor").PressSequentiallyAsync("Sáng 04/10/2023, Đảng ủy xã tổ chức hội nghị.");
            await editor.GetByRole(AriaRole.Button, new() { Name = "Xuất bản", Exact = true }).ClickAsync();
            await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã xuất bản.");
        }

        var reader = await (await fixture.NewContextAsync()).NewPageAsync();
        await reader.GotoAsync("/gia-hoa/");
        await Assertions.Expect(reader.Locator(".featured h3")).Not.ToHaveTextAsync(older);
        await Assertions.Expect(reader.Locator(".latest li").First).Not.ToContainTextAsync(older);
        AssertBefore(today, older, await reader.Locator("main h3").AllInnerTextsAsync());

        await reader.GotoAsync("/gia-hoa/tin-tuc");
        AssertBefore(today, older, await reader.Locator("main h2, main h3").AllInnerTextsAsync());

        await reader.GetByRole(AriaRole.Link, new() { Name = older }).First.ClickAsync();
        await Assertions.Expect(reader.Locator("article.article .meta time")).ToHaveTextAsync("Thứ tư, 04/10/2023");

        var rss = XDocument.Parse(await (await reader.APIRequest.GetAsync("/gia-hoa/rss.xml")).TextAsync());
        AssertBefore(today, older, rss.Descendants("item").Select(i => i.Element("title")!.Value).ToList());
        fixture.AssertNoServerWarnings();
    }

    [Fact]
    public async Task An_editor_pins_an_article_to_tin_noi_bat_until_a_date_and_unpins_it()
    {
        const string pinned = "Gia Hòa công bố quy hoạch vùng sản xuất lúa chất lượng cao";
        const string newest = "Gia Hòa tổ chức giải bóng đá thanh niên các thôn";
        var id = await TestNews.PublishAsync(fixture.Host, "gia-hoa", pinned, "Quy hoạch đến năm 2030.", "Quy hoạch vùng lúa.");
        await TestNews.PublishAsync(fixture.Host, "gia-hoa", newest, "Mười hai đội tham gia.", "Giải bóng đá khai mạc.");
        var editorName = await TenantServices.CreateUserAsync(fixture.Host, "gia-hoa", "Editor");
        await using var editorContext = await fixture.NewContextAsync();
        var editor = await SignInAsync(editorContext, editorName);
        var reader = await (await fixture.NewContextAsync()).NewPageAsync();

        await editor.GotoAsync($"/gia-hoa/admin/content/edit/{id}");
        await editor.GetByLabel("Ghim vào \"Tin nổi bật\" đến hết ngày", new() { Exact = false }).FillAsync(DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd"));
        await editor.GetByRole(AriaRole.Button, new() { Name = "Ghim tin nổi bật" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã ghim vào Tin nổi bật.");
        await reader.GotoAsync("/gia-hoa/");
        await Assertions.Expect(reader.Locator(".featured h3")).ToHaveTextAsync(pinned);
        await Assertions.Expect(reader.Locator(".latest li").First).ToContainTextAsync(newest);

        await editor.GetByRole(AriaRole.Button, new() { Name = "Bỏ ghim" }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã bỏ ghim khỏi Tin nổi bật.");
        await reader.GotoAsync("/gia-hoa/");
        await Assertions.Expect(reader.Locator(".featured h3")).ToHaveTextAsync(newest);
        fixture.AssertNoServerWarnings();
    }

    [Fact]
    public async Task The_district_header_search_finds_a_communes_shared_article_by_default()
    {
        const string title = "Gia Hòa trao học bổng Khuyến học cho học sinh nghèo vượt khó";
        await TestNews.PublishAsync(fixture.Host, "gia-hoa", title, "Bốn mươi suất học bổng.", "Hội Khuyến học xã trao học bổng.");
        var reader = await (await fixture.NewContextAsync()).NewPageAsync();
        await reader.GotoAsync("/");
        await Assertions.Expect(reader.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();

        // The commune's index takes the article from its change log a moment after publishing.
        await Eventually.ThatAsync(async () =>
        {
            await reader.GotoAsync("/");
            await reader.GetByRole(AriaRole.Search, new() { Name = "Tìm kiếm trên trang" }).GetByLabel("Tìm kiếm").FillAsync("học bổng khuyến học");
            await reader.Keyboard.PressAsync("Enter");
            await reader.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/tim-kiem"));
            return await reader.GetByRole(AriaRole.Link, new() { Name = title }).CountAsync() > 0;
        }, TimeSpan.FromSeconds(20), "the district search did not find the commune's article");

        // "Trang này" is still offered, and chosen it searches the district's own news only.
        await reader.GetByLabel("Trang này").CheckAsync();
        await reader.GetByRole(AriaRole.Button, new() { Name = "Tìm kiếm", Exact = true }).ClickAsync();
        await Assertions.Expect(reader.GetByRole(AriaRole.Link, new() { Name = title })).ToHaveCountAsync(0);
        fixture.AssertNoServerWarnings();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task On_a_360_px_phone_the_header_is_short_and_menu_opens_the_search_and_menu(bool javaScript)
    {
        await using var context = await fixture.Browser.NewContextAsync(new() { BaseURL = fixture.BaseUrl, ViewportSize = new() { Width = 360, Height = 780 }, JavaScriptEnabled = javaScript });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync("/gia-hoa/");

        var header = await phone.Locator("header.page-header").BoundingBoxAsync();
        Assert.True(header!.Height <= 120, $"header {header.Height} px");
        await Assertions.Expect(phone.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" })).ToBeHiddenAsync();
        var headline = await phone.Locator("main h2, main h1").First.BoundingBoxAsync();
        Assert.True(headline!.Y < 200, $"first heading at {headline.Y} px");

        await phone.GetByRole(AriaRole.Link, new() { Name = "Menu và tìm kiếm" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" })).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Searchbox, new() { Name = "Tìm kiếm" })).ToBeVisibleAsync();
        await phone.GetByRole(AriaRole.Link, new() { Name = "Đóng menu" }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Navigation, new() { Name = "Menu chính" })).ToBeHiddenAsync();
    }

    private static async Task<IPage> SignInAsync(IBrowserContext context, string userName)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/gia-hoa/admin/login");
        await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await page.GetByLabel("Mật khẩu").FillAsync(TenantServices.UserPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        return page;
    }

    /// <summary><paramref name="first"/> is listed, and <paramref name="second"/> (if listed at all) comes after it.</summary>
    private static void AssertBefore(string first, string second, IReadOnlyList<string> titles)
    {
        var (a, b) = (titles.ToList().IndexOf(first), titles.ToList().IndexOf(second));
        Assert.True(a >= 0 && (b < 0 || a < b), string.Join(" | ", titles));
    }
}
