using GiaVien.Cms.Media.Images;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using SkiaSharp;

namespace GiaVien.Cms.Web.Tests.Media;

/// <summary>
/// An editor in a real browser: uploads a photo through the library page and describes it, then in the news
/// editor inserts it into the body with "Chèn ảnh" (the media picker) and picks it as the featured image; a
/// reader sees both at the "article" profile size.
/// </summary>
public sealed class MediaBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const int PhotoWidth = 2400;
    private const int PhotoHeight = 1600;

    [Fact]
    public async Task A_photo_from_the_library_is_inserted_with_its_caption_and_chosen_as_featured_image_through_the_editor()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var photo = Path.Combine(fixture.Host.DataPath, $"Hội nghị tổng kết {unique}.jpg");
        await File.WriteAllBytesAsync(photo, TestFiles.Jpeg(PhotoWidth, PhotoHeight));
        var expectedPath = $"hoi-nghi-tong-ket-{unique}.jpg";
        var title = $"Xã Gia Hòa tổng kết công tác năm {unique}";
        const string caption = "Quang cảnh hội nghị tổng kết công tác năm 2024";

        await using var context = await fixture.NewContextAsync();
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

        // Alt text and caption on the file's page: the picker offers them when the photo is inserted.
        await page.FillAsync("#altText", "Đại biểu dự hội nghị tổng kết");
        await page.FillAsync("#caption", "Quang cảnh hội nghị tổng kết công tác năm");
        await page.ClickAsync("button.primary");
        await Assertions.Expect(page.Locator(".notice")).ToHaveTextAsync("Đã lưu.");

        await page.GotoAsync("/gia-hoa/admin/content/edit?type=DistrictNews");
        await page.Locator("#Title").FillAsync(title);
        await page.Locator("#f-DistrictNewsPart-Lead").FillAsync("Hội nghị đánh giá kết quả một năm thực hiện nhiệm vụ phát triển kinh tế - xã hội.");
        var body = page.Locator("trix-editor");
        await body.ClickAsync();
        await body.PressSequentiallyAsync("Sáng nay, xã Gia Hòa tổ chức hội nghị tổng kết.");

        // The dialog takes the focus, Escape closes it and gives the focus back to the button.
        var insert = page.Locator("trix-toolbar").GetByRole(AriaRole.Button, new() { Name = "Chèn ảnh" });
        await insert.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Chèn ảnh vào nội dung" });
        await Assertions.Expect(dialog.GetByLabel("Tìm theo tên tệp")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(insert).ToBeFocusedAsync();

        // Search, choose, see the library's texts offered, change the caption, insert.
        await insert.ClickAsync();
        await dialog.GetByLabel("Tìm theo tên tệp").FillAsync($"hội nghị {unique}");
        await dialog.GetByRole(AriaRole.Button, new() { Name = expectedPath }).ClickAsync();
        var alt = dialog.GetByLabel("Mô tả ảnh (cho người khiếm thị)");
        await Assertions.Expect(alt).ToBeFocusedAsync();
        await Assertions.Expect(alt).ToHaveValueAsync("Đại biểu dự hội nghị tổng kết");
        await Assertions.Expect(dialog.GetByLabel("Chú thích ảnh")).ToHaveValueAsync("Quang cảnh hội nghị tổng kết công tác năm");
        await dialog.GetByLabel("Chú thích ảnh").FillAsync(caption);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Chèn ảnh vào bài" }).ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(body.Locator("figure img")).ToHaveAttributeAsync("src", $"/gia-hoa/media/_p/article/{expectedPath}");

        // The featured image at phone width: the dialog fits the screen.
        await page.SetViewportSizeAsync(360, 740);
        var featured = page.GetByRole(AriaRole.Group, new() { Name = "Ảnh đại diện" });
        await featured.GetByRole(AriaRole.Button, new() { Name = "Chọn ảnh" }).ClickAsync();
        var featuredDialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Chọn ảnh đại diện" });
        await featuredDialog.GetByLabel("Tìm theo tên tệp").FillAsync($"hội nghị {unique}");
        var choice = featuredDialog.GetByRole(AriaRole.Button, new() { Name = expectedPath });
        await Assertions.Expect(choice).ToBeVisibleAsync();
        var box = await featuredDialog.BoundingBoxAsync();
        Assert.True(box is { X: >= 0, Width: <= 360 }, $"The dialog does not fit a 360 px wide screen: {box?.X} + {box?.Width}");
        await page.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder(), "media-picker-phone.png") });
        await choice.ClickAsync();
        await Assertions.Expect(featuredDialog).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("#f-DistrictNewsPart-FeaturedImage")).ToHaveValueAsync(expectedPath);
        await Assertions.Expect(featured.Locator("img")).ToHaveAttributeAsync("src", $"/gia-hoa/media/_p/thumbnail/{expectedPath}");
        await Assertions.Expect(featured.GetByRole(AriaRole.Button, new() { Name = "Bỏ ảnh" })).ToBeVisibleAsync();
        await page.SetViewportSizeAsync(1280, 900);

        await page.GetByRole(AriaRole.Button, new() { Name = "Xuất bản" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã xuất bản.");
        await Assertions.Expect(page.Locator("#f-DistrictNewsPart-FeaturedImage")).ToHaveValueAsync(expectedPath);

        var reader = await context.NewPageAsync();
        await reader.GotoAsync("/gia-hoa/");
        await reader.GetByRole(AriaRole.Link, new() { Name = title }).First.ClickAsync();
        await Assertions.Expect(reader.Locator("article h1")).ToHaveTextAsync(title);
        var article = ImageProfile.Article.OutputSize(PhotoWidth, PhotoHeight);
        var inBody = reader.Locator(".article-body figure img");
        await Assertions.Expect(inBody).ToHaveAttributeAsync("src", $"/gia-hoa/media/_p/article/{expectedPath}");
        await Assertions.Expect(inBody).ToHaveAttributeAsync("alt", "Đại biểu dự hội nghị tổng kết");
        await Assertions.Expect(inBody).ToHaveAttributeAsync("width", article.Width.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(inBody).ToHaveAttributeAsync("loading", "lazy");
        await Assertions.Expect(reader.Locator(".article-body figcaption")).ToHaveTextAsync(caption);
        // The featured image is also the body's first photo: shown once, where the editor placed it.
        await Assertions.Expect(reader.Locator("figure.article-figure")).ToHaveCountAsync(0);
        await Assertions.Expect(reader.Locator("meta[property='og:image']")).ToHaveAttributeAsync("content", new System.Text.RegularExpressions.Regex($"/gia-hoa/media/_p/og/{System.Text.RegularExpressions.Regex.Escape(expectedPath)}$"));

        // The served rendition really has the article profile's size (JPEG or WebP, whatever the server negotiates).
        using var http = new HttpClient { BaseAddress = new Uri(fixture.BaseUrl) };
        http.DefaultRequestHeaders.Accept.ParseAdd("image/webp,image/*");
        using var served = SKBitmap.Decode(await http.GetByteArrayAsync(await inBody.GetAttributeAsync("src")));
        Assert.Equal(article, (served.Width, served.Height));
        Assert.Equal((960, 640), article);

        await reader.ScreenshotAsync(new() { Path = Path.Combine(ArtifactsFolder(), "article-with-picked-photo.png"), FullPage = true });
        fixture.AssertNoServerWarnings();
    }

    private static string ArtifactsFolder() =>
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
}
