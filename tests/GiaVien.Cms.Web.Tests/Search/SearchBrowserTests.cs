using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GiaVien.Cms.Web.Tests.Search;

/// <summary>A resident on a phone searches from the header box, sees highlighted results and pages through them.</summary>
public sealed class SearchBrowserTests
{
    [Fact]
    public async Task Searching_from_the_header_on_a_phone_shows_highlighted_results_with_paging()
    {
        var host = new CmsHost(DatabaseProvider.Sqlite);
        try
        {
            await host.TryCopySetupAsync();
            host.ListenOnFreeLoopbackPort();
            host.StartServer();
            await host.StartAsync();
            var word = "dienthoai" + Guid.NewGuid().ToString("N")[..6];
            for (var i = 1; i <= 12; i++)
            {
                await TestNews.PublishAsync(host, "gia-hoa", $"Xã Gia Hòa: tin {word} số {i}", "Tóm tắt bài viết.", $"Bà con xã Gia Hòa theo dõi {word}.");
            }

            var address = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            using var http = new HttpClient { BaseAddress = new Uri(address) };
            await http.SearchUntilAsync($"/gia-hoa/api/search?q={word}", r => r.Total() == 12);

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await TestChromium.LaunchAsync(playwright);
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 }, IsMobile = true, HasTouch = true });

            await page.GotoAsync(address + "/gia-hoa/", new() { WaitUntil = WaitUntilState.Load });
            // On a phone the search box is behind the header's "Menu" link.
            await page.GetByRole(AriaRole.Link, new() { Name = "Menu và tìm kiếm" }).ClickAsync();
            await page.GetByRole(AriaRole.Searchbox, new() { Name = "Tìm kiếm" }).FillAsync(word.ToUpperInvariant());
            // Wait for the navigation the submit starts, registered before the click so it cannot be missed.
            var results = page.WaitForURLAsync("**/gia-hoa/tim-kiem?q=*");
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Tìm", Exact = true }).ClickAsync();
            await results;

            Assert.Contains("Tìm thấy 12 kết quả", await page.InnerTextAsync(".search-total"));
            Assert.Equal(10, await page.Locator(".search-hit").CountAsync());
            Assert.Equal(word, await page.Locator(".search-hit h2 mark").First.InnerTextAsync());
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways on a phone");

            // The filter form keeps the query: newest first, then back to the most relevant.
            await page.GetByLabel("Sắp xếp").SelectOptionAsync(new SelectOptionValue { Label = "Mới nhất" });
            var sorted = page.WaitForURLAsync("**sort=newest*");
            await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Lọc kết quả" }).ClickAsync();
            await sorted;

            Assert.Equal(word.ToUpperInvariant(), await page.GetByLabel("Từ khóa").InputValueAsync());
            Assert.Equal("newest", await page.GetByLabel("Sắp xếp").InputValueAsync());
            Assert.Contains($"{word} số 12", await page.Locator(".search-hit h2").First.InnerTextAsync());
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the filter form scrolls sideways on a phone");

            var secondPage = page.WaitForURLAsync("**page=2*");
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Trang sau" }).ClickAsync();
            await secondPage;

            Assert.Equal(2, await page.Locator(".search-hit").CountAsync());
            Assert.Contains("Trang 2/2", await page.InnerTextAsync(".paging"));
            await page.GetByRole(AriaRole.Link, new PageGetByRoleOptions { Name = "Trang trước" }).ClickAsync();
            await page.Locator(".search-hit h2 a").First.ClickAsync();
            Assert.Contains($"{word} số", await page.InnerTextAsync("h1"));
        }
        finally
        {
            await host.DisposeAsync();
            await DemoHost.DeleteDataAsync(host);
        }
    }
}
