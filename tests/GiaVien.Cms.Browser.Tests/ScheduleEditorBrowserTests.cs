using GiaVien.Cms.Schedule;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GiaVien.Cms.Browser.Tests;

/// <summary>
/// The schedule's week editor in Chromium, from the keyboard: rows added and removed in place by the script, last week
/// copied, the week published and read on the public page, then changed and marked "Điều chỉnh". Axe finds nothing
/// on the editor and the public week at 360, 640 and 1280 px, and the W3C checker finds nothing in either.
/// </summary>
public sealed class ScheduleEditorBrowserTests(MiddaySiteHost host) : IClassFixture<MiddaySiteHost>
{
    // The week after the one the demo filled, so "Sao chép tuần trước" has the demo's lines to copy; read from the host's
    // clock, since the machine's, read once per class, named the week after that when Vietnamese midnight of a Sunday
    // fell between the demo's setup and the test.
    private IsoWeek Week => IsoWeek.Of(VietnamTime.Today(host.Services.GetRequiredService<TimeProvider>())).Next;

    private static ILocator Cell(IPage page, string column, int row) => page.GetByLabel($"{column} (dòng {row})", new() { Exact = true });

    private static Task<int> RowCountAsync(IPage page) => page.EvaluateAsync<int>("document.querySelectorAll('tbody tr[data-schedule-row]').length");

    [Fact]
    public async Task An_editor_enters_a_week_from_the_keyboard_publishes_it_and_a_later_change_is_marked_Dieu_chinh()
    {
        var page = await AdminBrowser.SignInAsync(host, "");
        await page.GotoAsync(new Uri(host.BaseAddress, $"/admin/lich-cong-tac?tuan={Week}").ToString());
        await AdminBrowser.AssertAxeAsync(page, "schedule-editor-empty");

        // In place: no page load, the new row's day takes the focus.
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm dòng", Exact = true }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal(1, await RowCountAsync(page));
        Assert.Equal("dong-0-day", await page.EvaluateAsync<string>("document.activeElement.id"));
        await Cell(page, "Ngày", 1).SelectOptionAsync(Week.Monday.AddDays(1).ToString("yyyy-MM-dd"));
        await Cell(page, "Giờ", 1).FillAsync("07:30");
        await Cell(page, "Nội dung", 1).FillAsync("Giao ban triển khai kế hoạch phòng chống rét cho cây trồng, vật nuôi");
        await Cell(page, "Chủ trì", 1).FillAsync("Phó Chủ tịch UBND huyện");
        await Cell(page, "Địa điểm", 1).FillAsync("Phòng họp tầng 2, UBND huyện");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thêm dòng", Exact = true }).ClickAsync();
        await Cell(page, "Nội dung", 2).FillAsync("Dòng gõ nhầm sẽ xóa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Xóa dòng 2", Exact = true }).ClickAsync();
        Assert.Equal(1, await RowCountAsync(page));

        // A round trip to the server: the typed row stays, last week's lines join it on the same weekdays.
        await AdminBrowser.PressAsync(page, "Sao chép tuần trước");
        Assert.True(await RowCountAsync(page) > 1);
        Assert.Equal("Giao ban triển khai kế hoạch phòng chống rét cho cây trồng, vật nuôi", await Cell(page, "Nội dung", 1).InputValueAsync());
        Assert.Contains("Đã sao chép", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);
        await AdminBrowser.AssertAxeAsync(page, "schedule-editor-filled");
        var editorHtml = await page.ContentAsync();

        await AdminBrowser.PressAsync(page, "Xuất bản");
        Assert.Contains("Đã xuất bản.", await page.Locator("[role=status]").InnerTextAsync(), StringComparison.Ordinal);

        var reader = await host.OpenAsync($"/lich-cong-tac?tuan={Week}", 1280, 900);
        var week = await reader.Locator("main").InnerTextAsync();
        Assert.Contains("Giao ban triển khai kế hoạch phòng chống rét cho cây trồng, vật nuôi", week, StringComparison.Ordinal);
        Assert.Contains("Họp thường kỳ UBND huyện tháng 12", week, StringComparison.Ordinal);
        Assert.DoesNotContain("Điều chỉnh", week, StringComparison.Ordinal);

        // Published lines come back in day and time order: find the typed one among the copied.
        var row = 1 + await page.EvaluateAsync<int>("[...document.querySelectorAll('textarea[name$=\".Content\"]')].findIndex(t => t.value.startsWith('Giao ban triển khai'))");
        await Cell(page, "Địa điểm", row).FillAsync("Hội trường UBND huyện");
        await AdminBrowser.PressAsync(page, "Xuất bản");
        await reader.ReloadAsync();
        Assert.Equal(1, await reader.Locator(".schedule-adjusted").CountAsync());
        Assert.Contains("Hội trường UBND huyện", await reader.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await AdminBrowser.AssertAxeAsync(reader, "schedule-public-adjusted");

        await AssertConformsAsync(("editor.html", editorHtml), ("public.html", await reader.ContentAsync()));
        Assert.Empty(host.ServerProblems());
    }

    private static async Task AssertConformsAsync(params (string Name, string Html)[] pages)
    {
        var folder = Directory.CreateTempSubdirectory("giavien-vnu-schedule-").FullName;
        try
        {
            foreach (var (name, html) in pages)
            {
                await File.WriteAllTextAsync(Path.Combine(folder, name), html);
            }

            var errors = await HtmlConformanceTests.CheckAsync(folder);
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{Path.GetFileName(e.File)}:{e.Line}: {e.Message}")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
