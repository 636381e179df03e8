using System.Text.Json;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace GiaVien.Cms.Web.Tests.Media;

/// <summary>
/// An editor in a real browser: uploads a photo through the library page, describes it, picks it with the
/// media picker, and a reader sees it in the article at the "article" profile size.
/// </summary>
public sealed class MediaBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_uploaded_photo_with_its_caption_appears_in_the_published_article_at_the_article_size()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var photo = Path.Combine(fixture.Host.DataPath, $"Hội nghị tổng kết {unique}.jpg");
        await File.WriteAllBytesAsync(photo, TestFiles.Jpeg(2400, 1600));
        var expectedPath = $"hoi-nghi-tong-ket-{unique}.jpg";

        await using var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseUrl });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/gia-hoa/admin/login");
        await page.FillAsync("#UserName", CmsHost.AdminUserName);
        await page.FillAsync("#Password", CmsHost.AdminPassword);
        await page.ClickAsync("button[type=submit]");
        await page.WaitForURLAsync("**/gia-hoa/admin");

        // Upload through the library page: progress bar, verdict, and the new file at the top of the grid.
        await page.GotoAsync("/gia-hoa/admin/media");
        await page.SetInputFilesAsync("#upload-input", photo);
        await Assertions.Expect(page.Locator("#upload-list li")).ToContainTextAsync("Đã tải lên.");
        Assert.Equal(100, await page.Locator("#upload-list progress").EvaluateAsync<int>("p => p.value"));
        await page.ClickAsync($"#files a[href*='{expectedPath}']");

        // Alt text and caption on the file's page.
        await page.FillAsync("#altText", "Đại biểu dự hội nghị tổng kết");
        await page.FillAsync("#caption", "Quang cảnh hội nghị tổng kết công tác năm");
        await page.ClickAsync("button.primary");
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("Đã lưu.");

        // The picker the news editor uses: search, click, get the figure to insert.
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Url = "/gia-hoa/admin/media-picker.js" });
        await page.EvaluateAsync("url => GiaVienMediaPicker.open({ listUrl: url, kind: 'image', onPick: f => { window.picked = { file: f, html: GiaVienMediaPicker.figureHtml(f) }; } })",
            "/gia-hoa/admin/media/api/list");
        await page.FillAsync("dialog.media-picker input[type=search]", $"hội nghị {unique}");
        await page.ClickAsync($"dialog.media-picker button[title='{expectedPath}']");
        var picked = await page.EvaluateAsync<JsonElement>("() => window.picked");
        var figure = picked.GetProperty("html").GetString()!;
        Assert.Equal(expectedPath, picked.GetProperty("file").GetProperty("path").GetString());
        Assert.Contains("<figcaption>Quang cảnh hội nghị tổng kết công tác năm</figcaption>", figure);

        // The news editor is not on this branch: the article is published through the content manager.
        var route = await TenantServices.PublishArticleAsync(fixture.Host, "gia-hoa", $"Tổng kết công tác năm {unique}",
            "<p>Sáng nay, xã Gia Hòa tổ chức hội nghị tổng kết.</p>" + figure, featuredImagePath: expectedPath);

        var reader = await context.NewPageAsync();
        var imageTypes = new List<string>();
        reader.Response += (_, response) =>
        {
            if (response.Url.Contains("/media/", StringComparison.Ordinal))
            {
                imageTypes.Add(response.Headers.GetValueOrDefault("content-type", ""));
            }
        };
        await reader.GotoAsync($"/gia-hoa/{route}");
        var featured = reader.Locator("figure.article-figure img");
        var inBody = reader.Locator(".article-body figure img");
        foreach (var image in new[] { featured, inBody })
        {
            await image.ScrollIntoViewIfNeededAsync();
            await Assertions.Expect(image).ToHaveJSPropertyAsync("complete", true);
            Assert.Equal(960, await image.EvaluateAsync<int>("i => i.naturalWidth"));
            Assert.Equal(640, await image.EvaluateAsync<int>("i => i.naturalHeight"));
            Assert.Equal("960", await image.GetAttributeAsync("width"));
            Assert.Equal("lazy", await image.GetAttributeAsync("loading"));
            Assert.Equal("Đại biểu dự hội nghị tổng kết", await image.GetAttributeAsync("alt"));
        }

        await Assertions.Expect(reader.Locator(".article-body figcaption")).ToHaveTextAsync("Quang cảnh hội nghị tổng kết công tác năm");
        await Assertions.Expect(reader.Locator("figure.article-figure figcaption")).ToHaveTextAsync("Quang cảnh hội nghị tổng kết công tác năm");
        Assert.Contains("image/webp", imageTypes);
    }
}
