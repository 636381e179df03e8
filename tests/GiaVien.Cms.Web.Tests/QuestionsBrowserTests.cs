using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// The browser host with the answer e-mail going to a loopback SMTP sink. The test runs the background pass that mails the
/// asker and then reads the sink: the node makes no pass of its own, which could take the e-mail first and still be
/// sending it when the test's pass returned.
/// </summary>
public sealed class QuestionsBrowserFixture() : BrowserFixture(new Dictionary<string, string>(CmsHost.BackgroundPassesByTheTestOnly)
{
    ["Cms:Questions:Smtp:Host"] = "127.0.0.1",
    ["Cms:Questions:Smtp:Port"] = Sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ["Cms:Questions:Smtp:Security"] = "None",
})
{
    public static readonly SmtpSink Sink = new();
}

/// <summary>
/// "Hỏi đáp" in Chromium: a resident asks, an official assigns, answers and publishes, the e-mail arrives at the SMTP
/// sink, and the published answer is found by search. Every page on the way passes axe at 360, 640 and 1280 px.
/// </summary>
public sealed class QuestionsBrowserTests(QuestionsBrowserFixture fixture) : IClassFixture<QuestionsBrowserFixture>
{
    private static readonly string[] Words = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    [Fact]
    public async Task A_resident_asks_an_official_answers_and_publishes_the_mail_arrives_and_search_finds_the_answer()
    {
        const string title = "Thời gian làm thủ tục chuyển nhượng đất ở thôn Đồng Lạc";
        const string answer = "Bộ phận một cửa xã tiếp nhận hồ sơ chuyển nhượng vào các buổi sáng từ thứ hai đến thứ sáu.";
        var resident = await (await fixture.NewContextAsync()).NewPageAsync();
        await resident.GotoAsync("/gia-hoa/hoi-dap/gui-cau-hoi");
        await AssertAccessibleAsync(resident, "question form");
        await resident.GetByLabel("Họ và tên *").FillAsync("Phạm Văn Hùng");
        await resident.GetByLabel("Địa chỉ *").FillAsync("Thôn Đồng Lạc, xã Gia Hòa");
        await resident.GetByLabel("Thư điện tử").FillAsync("hung.pham.donglac@example.vn");
        await resident.GetByLabel("Lĩnh vực *").SelectOptionAsync("Đất đai");
        await resident.GetByLabel("Tiêu đề *").FillAsync(title);
        await resident.GetByLabel("Nội dung câu hỏi *").FillAsync("Gia đình tôi muốn chuyển nhượng một phần thửa đất cho con trai. Xin hỏi nộp hồ sơ ở đâu và vào thời gian nào?");
        await resident.GetByLabel("Tôi đồng ý cho cơ quan xử lý dữ liệu cá nhân").CheckAsync();
        await resident.GetByLabel("Mã xác nhận hoặc kết quả phép tính *").FillAsync(SumOf(await resident.Locator("#q-answer-hint").InnerTextAsync()));
        await resident.GetByRole(AriaRole.Button, new() { Name = "Gửi câu hỏi" }).ClickAsync();
        await Assertions.Expect(resident.GetByRole(AriaRole.Status)).ToContainTextAsync("Cảm ơn Ông/Bà đã gửi câu hỏi");

        var official = await (await fixture.NewContextAsync()).NewPageAsync();
        await official.GotoAsync("/gia-hoa/admin/login");
        await official.GetByLabel("Tên đăng nhập").FillAsync(CmsHost.AdminUserName);
        await official.GetByLabel("Mật khẩu").FillAsync(CmsHost.AdminPassword);
        await official.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await official.GotoAsync("/gia-hoa/admin/hoi-dap");
        await AssertAccessibleAsync(official, "admin queue");
        await official.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await AssertAccessibleAsync(official, "answer editor");
        await Assertions.Expect(official.Locator("main")).ToContainTextAsync("hung.pham.donglac@example.vn");
        await official.GetByLabel("Giao cho đơn vị").FillAsync("Công chức Địa chính xã");
        await official.GetByRole(AriaRole.Button, new() { Name = "Giao", Exact = true }).ClickAsync();
        await official.GetByLabel("Câu trả lời").FillAsync($"<p>{answer}</p>");
        await official.GetByRole(AriaRole.Button, new() { Name = "Lưu câu trả lời" }).ClickAsync();
        await Assertions.Expect(official.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã lưu câu trả lời");
        await official.GetByRole(AriaRole.Button, new() { Name = "Công khai câu hỏi và câu trả lời" }).ClickAsync();
        await Assertions.Expect(official.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã công khai");

        await fixture.Host.Services.GetRequiredService<TenantBackgroundService>().RunOnceAsync(CancellationToken.None);
        var mail = QuestionsBrowserFixture.Sink.Messages.Select(raw => MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw))))
            .Single(m => m.To.Mailboxes.Any(a => a.Address == "hung.pham.donglac@example.vn"));
        Assert.Equal("Trả lời câu hỏi: " + title, mail.Subject);
        Assert.Contains(answer, mail.TextBody);

        // The index follows the change log in the background: searched again until the new answer is in.
        await Eventually.ThatAsync(async () =>
        {
            await resident.GotoAsync("/gia-hoa/tim-kiem?q=" + Uri.EscapeDataString("chuyển nhượng đất thôn Đồng Lạc"));
            return await resident.GetByRole(AriaRole.Link, new() { Name = title }).CountAsync() > 0;
        }, TimeSpan.FromSeconds(30), "search does not find the published answer");
        await resident.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(resident.Locator("main")).ToContainTextAsync(answer);
        await Assertions.Expect(resident.Locator("main")).Not.ToContainTextAsync("Phạm Văn Hùng");
        await Assertions.Expect(resident.Locator("main")).Not.ToContainTextAsync("hung.pham");
        await AssertAccessibleAsync(resident, "published answer");
        await resident.GotoAsync("/gia-hoa/hoi-dap?Field=%C4%90%E1%BA%A5t%20%C4%91ai");
        await Assertions.Expect(resident.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        await AssertAccessibleAsync(resident, "list by lĩnh vực");
        fixture.AssertNoServerWarnings();
    }

    /// <summary>axe-core finds no violation at a phone, a 200 % zoom and a desktop width.</summary>
    private static async Task AssertAccessibleAsync(IPage page, string name)
    {
        foreach (var width in new[] { 360, 640, 1280 })
        {
            await page.SetViewportSizeAsync(width, 900);
            await AxeScan.AssertNoViolationsAsync(page, $"{name} at {width}px");
        }
    }

    /// <summary>The challenge as a screen-reader user meets it: "… phép tính: bảy cộng hai bằng bao nhiêu?".</summary>
    private static string SumOf(string hint)
    {
        var words = hint[(hint.LastIndexOf(':') + 1)..].Trim().Split(' ');
        return (Array.IndexOf(Words, words[0]) + Array.IndexOf(Words, words[2])).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
