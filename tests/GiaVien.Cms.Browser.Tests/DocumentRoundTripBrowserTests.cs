using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tests.Documents;
using GiaVien.Cms.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GiaVien.Cms.Browser.Tests;

/// <summary>
/// The documents library end to end in Chromium: a district editor uploads a decision's PDF and publishes the decision
/// through the admin; a resident finds it from the search box by its số ký hiệu typed carelessly and by a phrase that is
/// only inside the PDF (read in the background), then opens the PDF, which the browser shows rather than downloads.
/// </summary>
public sealed class DocumentRoundTripBrowserTests(SiteHost host) : IClassFixture<SiteHost>
{
    private const string EditorPassword = "Mat-khau-bien-tap-2024";

    [Fact]
    public async Task An_editor_publishes_a_decision_with_a_pdf_and_a_resident_finds_it_by_number_and_by_its_text_then_opens_it()
    {
        // A number and a word nobody else wrote: the demo already has a 125/QĐ-UBND, and the word can only come from this PDF.
        var number = 400 + Random.Shared.Next(500);
        var word = "kenhmuong" + Guid.NewGuid().ToString("N")[..8];
        var title = $"Quyết định {number}/QĐ-UBND phê duyệt phương án tu bổ đê bối năm 2025";
        var fileName = $"qd-{number}-{word}.pdf";
        var pdf = Path.Combine(Path.GetTempPath(), fileName);
        await File.WriteAllBytesAsync(pdf, SampleDocuments.Pdf(["Ủy ban nhân dân huyện Gia Viễn", $"Giao các xã nạo vét tuyến {word} trước mùa mưa lũ."]));
        var editorName = await CreateDistrictEditorAsync();

        var editor = await host.OpenAsync("/admin/login", 1280, 900);
        await editor.GetByLabel("Tên đăng nhập").FillAsync(editorName);
        await editor.GetByLabel("Mật khẩu").FillAsync(EditorPassword);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await editor.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));

        // The PDF goes into the media library first (its upload checks apply), then the document names it.
        await editor.GotoAsync(new Uri(host.BaseAddress, "/admin/media").ToString());
        await editor.Locator("#upload-input").SetInputFilesAsync(pdf);
        // Each upload gets a row whose last part says what the server answered.
        var row = editor.Locator("#upload-list li", new() { HasText = fileName });
        await Assertions.Expect(row.Locator("span").Nth(1)).Not.ToBeEmptyAsync(new() { Timeout = 60_000 });
        Assert.NotEqual("failed", await row.GetAttributeAsync("class"));

        await editor.GotoAsync(new Uri(host.BaseAddress, "/admin/content").ToString());
        await editor.GetByRole(AriaRole.Link, new() { Name = "+ Văn bản" }).ClickAsync();
        await editor.Locator("#Title").FillAsync(title);
        await editor.GetByLabel("Số ký hiệu").FillAsync($"{number}/QĐ-UBND");
        await editor.GetByRole(AriaRole.Group, new() { Name = "Loại văn bản" }).GetByLabel("Quyết định").CheckAsync();
        await editor.GetByLabel("Cơ quan ban hành").SelectOptionAsync("UBND huyện Gia Viễn");
        await editor.GetByLabel("Người ký").FillAsync("Phó Chủ tịch Trần Đức Minh");
        await editor.GetByLabel("Lĩnh vực").SelectOptionAsync("Nông nghiệp");
        await editor.GetByLabel("Ngày ban hành").FillAsync("2025-03-10");
        await editor.GetByLabel("Trích yếu").FillAsync("Phê duyệt phương án tu bổ đê bối và nạo vét kênh tiêu trước mùa mưa lũ năm 2025.");
        await editor.GetByLabel("Tệp văn bản").FillAsync(fileName);
        await editor.GetByRole(AriaRole.Button, new() { Name = "Xuất bản", Exact = true }).ClickAsync();
        await Assertions.Expect(editor.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã xuất bản.");

        // The resident types the number the lazy way, in the header's search box.
        var resident = await host.OpenAsync("/", 1280, 900);
        await SearchAsync(resident, $"{number}/qd-ubnd");
        Assert.Equal(title, (await resident.Locator(".search-hit h2 a").First.TextContentAsync())?.Trim());

        // Words only inside the PDF find it once the background reading has indexed the decision again.
        var found = false;
        for (var attempt = 0; attempt < 90 && !found; attempt++)
        {
            await SearchAsync(resident, $"\"nạo vét tuyến {word}\"");
            found = await resident.GetByRole(AriaRole.Link, new() { Name = title }).CountAsync() > 0;
            if (!found)
            {
                await Task.Delay(1000);
            }
        }

        Assert.True(found, "The phrase inside the PDF never found the decision.");
        await Assertions.Expect(resident.Locator("mark", new() { HasText = word }).First).ToBeVisibleAsync();

        await resident.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(resident.Locator("h1")).ToHaveTextAsync(title);
        var open = resident.GetByRole(AriaRole.Link, new() { Name = $"Xem {fileName}" });
        Assert.Null(await open.GetAttributeAsync("download"));
        var response = await resident.Context.APIRequest.GetAsync(new Uri(host.BaseAddress, await open.GetAttributeAsync("href")).ToString());
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        Assert.False(response.Headers.TryGetValue("content-disposition", out var disposition) && disposition.StartsWith("attachment", StringComparison.OrdinalIgnoreCase),
            "the PDF opens in the browser");
        Assert.Equal(await File.ReadAllBytesAsync(pdf), await response.BodyAsync());
        Assert.Empty(host.ServerProblems());
    }

    /// <summary>Types into the header's search box and waits for the results page.</summary>
    private static async Task SearchAsync(IPage page, string text)
    {
        var box = page.Locator("#tu-khoa");
        await box.FillAsync(text);
        await Task.WhenAll(page.WaitForURLAsync(url => url.Contains("/tim-kiem", StringComparison.Ordinal)), box.PressAsync("Enter"));
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }

    /// <summary>An editor of the district (role "Editor"), created as the district's administrator would.</summary>
    private async Task<string> CreateDistrictEditorAsync()
    {
        var userName = "bien-tap-" + Guid.NewGuid().ToString("N")[..6];
        var district = host.Services.GetRequiredService<TenantRegistry>().Map.Tenants.First(t => t.IsDefault);
        var shell = await host.Services.GetRequiredService<ShellHost>().GetAsync(district);
        await using var scope = host.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ShellScope>().Enter(shell);
        await scope.ServiceProvider.GetRequiredService<UserService>().CreateAsync(userName, null, EditorPassword, ["Editor"]);
        return userName;
    }
}
