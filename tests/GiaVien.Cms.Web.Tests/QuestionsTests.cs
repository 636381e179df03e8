using System.Net;
using System.Text.RegularExpressions;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Questions;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>The demo host with the answer e-mail going to a loopback SMTP sink and a limit of 20 questions per address.</summary>
public sealed class QuestionsHost : DemoHost
{
    public static readonly SmtpSink Sink = new();

    // The tests run the background pass that mails the asker and then read the sink: a pass of the node's own could
    // take the e-mail first and still be sending it when the test's pass returns.
    public QuestionsHost() : base(DatabaseProvider.Sqlite) =>
        Settings = new Dictionary<string, string>(BackgroundPassesByTheTestOnly)
        {
            ["Cms:Questions:Smtp:Host"] = "127.0.0.1",
            ["Cms:Questions:Smtp:Port"] = Sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Cms:Questions:Smtp:Security"] = "None",
            ["Cms:Questions:SubmissionsPerAddress"] = "20",
        };
}

/// <summary>"Hỏi đáp": a resident asks, an official answers and publishes, the asker's contact stays private.</summary>
public sealed partial class QuestionsTests(QuestionsHost host) : IClassFixture<QuestionsHost>
{
    private static readonly string[] Words = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"];

    [Fact]
    public async Task A_question_answered_and_published_reaches_the_asker_by_mail_and_the_public_without_contact_data()
    {
        var resident = host.Browser();
        var title = "Xin hỏi về lịch tiêm chủng mở rộng tháng này " + Guid.NewGuid().ToString("N")[..6];
        var sent = await AskAsync(resident, "/gia-hoa", Valid(title));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Cảm ơn", (await resident.GetPageAsync(sent.Headers.Location!.ToString())).Html);
        var question = await QuestionAsync("gia-hoa", title);
        Assert.Equal(QuestionStatus.New, question.Status);
        Assert.Equal("chi.lan.giahoa@example.vn", question.AskerEmail);

        var official = host.Browser();
        await official.SignInAsync("/gia-hoa", CmsHost.AdminUserName, CmsHost.AdminPassword);
        Assert.Contains("Câu hỏi mới (Hỏi đáp)", (await official.GetPageAsync("/gia-hoa/admin")).Html);
        var page = $"/gia-hoa/admin/hoi-dap/{question.Id}";
        Assert.Equal(HttpStatusCode.OK, (await official.PostFormAsync(page, page + "?handler=Assign", new Dictionary<string, string> { ["Unit"] = "Trạm Y tế xã" })).StatusCode);
        var answered = await official.PostFormAsync(page, page + "?handler=Answer", new Dictionary<string, string>
        {
            ["AnswerHtml"] = "<p>Trạm Y tế xã tổ chức tiêm vào sáng thứ năm hằng tuần.</p><script>alert(1)</script>",
        });
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await official.PostFormAsync(page, page + "?handler=Publish", new Dictionary<string, string>())).StatusCode);

        await host.Services.GetRequiredService<TenantBackgroundService>().RunOnceAsync(CancellationToken.None);
        var mail = QuestionsHost.Sink.Messages.Select(raw => MimeKit.MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(raw))))
            .Single(m => m.To.Mailboxes.Any(a => a.Address == "chi.lan.giahoa@example.vn") && (m.Subject ?? "").EndsWith(title, StringComparison.Ordinal));
        Assert.Contains("Trạm Y tế xã tổ chức tiêm vào sáng thứ năm hằng tuần.", mail.TextBody);
        Assert.DoesNotContain("<script", mail.HtmlBody);

        var published = await QuestionAsync("gia-hoa", title);
        Assert.Equal(QuestionStatus.Published, published.Status);
        Assert.NotNull(published.MailSentUtc);
        var (listStatus, list) = await resident.GetPageAsync("/gia-hoa/hoi-dap?Field=Y%20t%E1%BA%BF");
        Assert.Equal(HttpStatusCode.OK, listStatus);
        var link = Regex.Match(list, "href=\"(/gia-hoa/hoi-dap/[^\"]+)\">" + Regex.Escape(title)).Groups[1].Value;
        var (_, item) = await resident.GetPageAsync(link);
        Assert.Contains("Trạm Y tế xã tổ chức tiêm", item);
        Assert.DoesNotContain("<script>alert", item);
        foreach (var privateValue in new[] { "Nguyễn Thị Lan", "chi.lan.giahoa", "0912345678", "Thôn Đông" })
        {
            Assert.DoesNotContain(privateValue, item);
            Assert.DoesNotContain(privateValue, list);
        }

        await Eventually.ThatAsync(async () => (await resident.GetPageAsync("/gia-hoa/tim-kiem?q=" + Uri.EscapeDataString(title))).Html.Contains(link, StringComparison.Ordinal),
            TimeSpan.FromSeconds(30), "the published answer is not found by search");
    }

    [Theory]
    [InlineData("question", "", "Vui lòng nhập nội dung câu hỏi.")]
    [InlineData("question", "long", "tối đa 5.000 ký tự, bạn đã nhập 20.000 ký tự")]
    [InlineData("name", "<script>alert('x')</script>", "không được chứa mã HTML hay mã lệnh")]
    [InlineData("title", "Xem <img src=x onerror=alert(1)>", "không được chứa mã HTML hay mã lệnh")]
    [InlineData("answer", "sai", "Mã xác nhận chưa đúng")]
    public async Task A_bad_question_is_refused_in_Vietnamese_stores_nothing_and_keeps_what_was_typed(string field, string value, string message)
    {
        var resident = host.Browser();
        var title = "Câu hỏi bị từ chối " + Guid.NewGuid().ToString("N")[..6];
        var form = Valid(title);
        form[field] = value == "long" ? new string('a', 20_000) : value;

        using var response = await AskAsync(resident, "/thi-tran-me", form);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(message, html);
        Assert.Contains("Câu hỏi chưa được gửi", html);
        Assert.Contains("value=\"0912345678\"", html);
        Assert.DoesNotContain("<script>alert", html);
        Assert.False(await TenantServices.RunAsync(host, "thi-tran-me", sp => sp.GetRequiredService<CmsDbContext>().CitizenQuestions.AnyAsync(q => q.Title == title)));
    }

    [Fact]
    public async Task Fifty_questions_a_minute_from_one_address_are_stopped_with_429_and_stored_once()
    {
        var resident = host.Browser();
        var title = "Gửi liên tục " + Guid.NewGuid().ToString("N")[..6];
        var (_, page) = await resident.GetPageAsync("/hoi-dap/gui-cau-hoi");
        var fields = Filled(page, Valid(title));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 50; i++)
        {
            using var response = await resident.PostAsync("/hoi-dap/gui-cau-hoi", new FormUrlEncodedContent(fields));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var html = await response.Content.ReadAsStringAsync();
                Assert.Contains("Bạn đã gửi quá nhiều câu hỏi", html);
                Assert.Contains(title, html);
            }
        }

        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.Redirect));
        Assert.Equal(30, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.Equal(1, await TenantServices.RunAsync(host, "default", sp => sp.GetRequiredService<CmsDbContext>().CitizenQuestions.CountAsync(q => q.Title == title)));
    }

    [Fact]
    public async Task Contact_data_is_erased_after_the_retention_and_the_answer_stays()
    {
        var resident = host.Browser();
        var title = "Câu hỏi cũ quá hạn lưu trữ " + Guid.NewGuid().ToString("N")[..6];
        await AskAsync(resident, "/gia-hoa", Valid(title));
        await TenantServices.RunAsync(host, "gia-hoa", async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var question = await db.CitizenQuestions.SingleAsync(q => q.Title == title);
            question.Status = QuestionStatus.Rejected;
            question.ClosedUtc = DateTime.UtcNow.AddDays(-181);
            // Refused as the desk refuses: with an audit entry, which tells the background work the tenant has work.
            db.AuditTrail.Add(new GiaVien.Cms.Data.Auditing.AuditEntry { Utc = DateTime.UtcNow, UserName = "admin", Action = "QuestionRejected", ContentItemId = $"question:{question.Id}" });
            await db.SaveChangesAsync();
        });

        await host.Services.GetRequiredService<TenantBackgroundService>().RunOnceAsync(CancellationToken.None);

        var erased = await QuestionAsync("gia-hoa", title);
        Assert.Null(erased.AskerName);
        Assert.Null(erased.AskerEmail);
        Assert.Null(erased.AskerPhone);
        Assert.Null(erased.AskerAddress);
        Assert.NotNull(erased.ContactErasedUtc);
        Assert.Equal(title, erased.Title);
    }

    private static Dictionary<string, string> Valid(string title) => new()
    {
        ["name"] = "Nguyễn Thị Lan",
        ["address"] = "Thôn Đông, xã Gia Hòa",
        ["email"] = "chi.lan.giahoa@example.vn",
        ["phone"] = "0912345678",
        ["field"] = "Y tế",
        ["title"] = title,
        ["question"] = "Cho tôi hỏi lịch tiêm chủng mở rộng cho trẻ dưới một tuổi ở trạm y tế xã trong tháng này?",
        ["consent"] = "yes",
    };

    private static async Task<HttpResponseMessage> AskAsync(HttpClient resident, string basePath, Dictionary<string, string> form)
    {
        var (_, page) = await resident.GetPageAsync(basePath + "/hoi-dap/gui-cau-hoi");
        return await resident.PostAsync(basePath + "/hoi-dap/gui-cau-hoi", new FormUrlEncodedContent(Filled(page, form)));
    }

    /// <summary>The form's hidden fields, and the challenge answered as a screen-reader user would: the sum in words.</summary>
    private static Dictionary<string, string> Filled(string page, Dictionary<string, string> form)
    {
        var filled = new Dictionary<string, string>(form)
        {
            ["__af"] = Regex.Match(page, "name=\"__af\" value=\"([^\"]+)\"").Groups[1].Value,
            ["token"] = Regex.Match(page, "name=\"token\" value=\"([^\"]+)\"").Groups[1].Value,
        };
        var sum = SumPattern().Match(System.Net.WebUtility.HtmlDecode(page));
        filled.TryAdd("answer", (Array.IndexOf(Words, sum.Groups[1].Value) + Array.IndexOf(Words, sum.Groups[2].Value)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return filled;
    }

    private Task<CitizenQuestionRecord> QuestionAsync(string tenant, string title) =>
        TenantServices.RunAsync(host, tenant, sp => sp.GetRequiredService<CmsDbContext>().CitizenQuestions.AsNoTracking().SingleAsync(q => q.Title == title));

    [GeneratedRegex(@"phép tính: (\S+) cộng (\S+) bằng")]
    private static partial Regex SumPattern();
}
