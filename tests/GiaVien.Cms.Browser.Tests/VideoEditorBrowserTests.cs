using Microsoft.Playwright;

namespace GiaVien.Cms.Browser.Tests;

/// <summary>
/// The video editor in Chromium: "Chọn video" opens the media picker on the library's videos, an MP4 uploaded on the
/// spot is chosen at once and fills the path, and the published page's player plays that file from the tenant's own
/// address. Axe finds nothing on the editor and the open picker at 360, 640 and 1280 px. Without script the path is
/// typed in the same box, and no button that would do nothing is shown.
/// </summary>
public sealed class VideoEditorBrowserTests(SiteHost host) : IClassFixture<SiteHost>
{
    private const string NewVideo = "/admin/content/edit?type=Video";

    /// <summary>The smallest file the library takes for an MP4 (its upload check reads the container's signature): an <c>ftyp</c> box, then an empty <c>mdat</c>.</summary>
    private static readonly byte[] TinyMp4 =
    [
        0, 0, 0, 0x18, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2"u8,
        0, 0, 0, 0x10, .. "mdat"u8, 0, 0, 0, 0, 0, 0, 0, 0,
    ];

    private static ILocator PathBox(IPage page) => page.GetByRole(AriaRole.Textbox, new() { Name = "Tệp video (MP4)" });

    [Fact]
    public async Task An_editor_uploads_an_mp4_in_the_picker_and_the_published_page_plays_it()
    {
        var page = await AdminBrowser.SignInAsync(host, "");
        await page.GotoAsync(new Uri(host.BaseAddress, NewVideo).ToString());
        await AdminBrowser.AssertAxeAsync(page, "video-editor-empty");
        await page.SetViewportSizeAsync(1280, 900);
        await page.GetByRole(AriaRole.Textbox, new() { Name = "Tiêu đề", Exact = true }).FillAsync("Đua thuyền trên sông Hoàng Long");

        await page.GetByRole(AriaRole.Button, new() { Name = "Chọn video" }).ClickAsync();
        var picker = page.Locator("dialog.media-picker[open]");
        Assert.Equal("Chọn video MP4 từ thư viện", await picker.Locator("h2").TextContentAsync());
        var upload = picker.GetByLabel("Hoặc tải video MP4 mới lên thư mục đang xem");
        Assert.Equal("video/mp4", await upload.GetAttributeAsync("accept"));
        await AdminBrowser.AssertAxeAsync(page, "video-editor-picker");
        await page.SetViewportSizeAsync(1280, 900);
        await upload.SetInputFilesAsync(new FilePayload { Name = "dua-thuyen-hoang-long.mp4", MimeType = "video/mp4", Buffer = TinyMp4 });
        // The file uploaded is the one chosen: the picker closes and hands its path over on the close event.
        await AdminBrowser.WaitUntilAsync(page, "!document.querySelector('dialog.media-picker')");
        var path = await PathBox(page).InputValueAsync();
        Assert.EndsWith("dua-thuyen-hoang-long.mp4", path, StringComparison.Ordinal);
        Assert.Equal("Chọn video", await AdminBrowser.FocusedLabelAsync(page));
        await AdminBrowser.AssertAxeAsync(page, "video-editor-chosen");

        await AdminBrowser.PressAsync(page, "Xuất bản");
        var video = await host.OpenAsync("/video/dua-thuyen-tren-song-hoang-long", 1280, 900);
        var source = await video.Locator("video.video-player source").GetAttributeAsync("src");
        Assert.Equal("/media/" + path, source);
        // What the player asks for is the uploaded file itself, served as MP4 by this site.
        var served = await video.EvaluateAsync<string[]>(
            "async () => { const v = document.querySelector('video.video-player'); v.load(); const r = await fetch(v.querySelector('source').src); " +
            "return [String(r.status), r.headers.get('content-type'), String((await r.arrayBuffer()).byteLength), v.currentSrc]; }");
        Assert.Equal(["200", "video/mp4", TinyMp4.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), new Uri(host.BaseAddress, source).ToString()], served);
        Assert.Empty(host.ServerProblems());
    }

    [Fact]
    public async Task Without_javascript_the_video_path_is_typed_and_no_picker_button_shows()
    {
        await using var context = await AdminBrowser.SignInWithoutScriptAsync(host);
        var page = context.Pages[0];
        await page.GotoAsync(new Uri(host.BaseAddress, NewVideo).ToString());

        Assert.True(await PathBox(page).IsVisibleAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "Chọn video" }).CountAsync());
    }
}
