using System.IO.Compression;
using System.Net;
using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Questions;
using GiaVien.Cms.Questions.Queue;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Management.Archives;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// Gia Hòa's questions, schedule and disclosures survive an archive. The queue keeps every state (mới, giao cho đơn
/// vị, công khai, từ chối) with the unit and the answer; a published answer is still public in the copy. Contact data
/// is carried only while its retention runs (the copy's background work erases it on the same day the original
/// would, from the same closing time): a question closed longer ago than the retention reaches the archive without
/// it, even if the background work had not erased it yet.
/// </summary>
public abstract partial class TenantArchiveBehaviour
{
    private static CitizenQuestionRecord ArchivedQuestion(string title, string email) => new()
    {
        SubmissionKey = Guid.NewGuid().ToString("N"),
        Status = QuestionStatus.New,
        Field = "Hộ tịch – Chứng thực",
        Title = title,
        Question = "Tôi làm việc xa nhà, có thể ủy quyền cho người thân đăng ký khai sinh cho con không?",
        CreatedUtc = DateTime.UtcNow.AddDays(-1),
        ModifiedUtc = DateTime.UtcNow.AddDays(-1),
        AskerName = "Đinh Thị Hạnh",
        AskerAddress = "Thôn Tụ An, xã Gia Hòa",
        AskerEmail = email,
        AskerPhone = "0915000111",
    };

    private static ContentItem Disclosure(string title) => new()
    {
        ContentItemId = ContentManager.NewId(),
        ContentType = "CongKhai",
        Published = true,
        Content = new JsonObject
        {
            ["TitlePart"] = new JsonObject { ["Title"] = title },
            ["CongKhaiPart"] = new JsonObject
            {
                ["Category"] = new JsonObject { ["Text"] = "Công khai ngân sách" },
                ["Year"] = new JsonObject { ["Value"] = 2025 },
                ["Summary"] = new JsonObject { ["Html"] = "<p>Số liệu dự toán thu, chi ngân sách xã năm 2025 đã được HĐND xã quyết định.</p>" },
            },
        },
    };

    [Fact]
    public async Task Questions_in_every_state_the_schedule_and_disclosures_survive_export_and_import_without_expired_contact_data()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var (published, waiting, assigned, expired) = ($"Ủy quyền đăng ký khai sinh {tag}", $"Hỏi về chứng thực bản sao {tag}", $"Hỏi về trích lục hộ tịch {tag}", $"Câu hỏi đã từ chối từ lâu {tag}");
        var disclosure = $"Công khai dự toán ngân sách xã Gia Hòa năm 2025 {tag}";
        var expiredEmail = $"cu.{tag}@example.vn";
        await TenantServices.RunAsync(host, "gia-hoa", async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var desk = sp.GetRequiredService<QuestionDesk>();
            var questions = new[] { ArchivedQuestion(published, $"cong-khai.{tag}@example.vn"), ArchivedQuestion(waiting, $"moi.{tag}@example.vn"),
                ArchivedQuestion(assigned, $"giao.{tag}@example.vn"), ArchivedQuestion(expired, expiredEmail) };
            // Refused 200 days ago, past the 180-day retention; the background work has not erased its contact yet.
            questions[3].Status = QuestionStatus.Rejected;
            questions[3].RejectionReason = "Câu hỏi trùng với câu hỏi đã trả lời.";
            questions[3].ClosedUtc = DateTime.UtcNow.AddDays(-200);
            db.CitizenQuestions.AddRange(questions);
            await db.SaveChangesAsync();
            await desk.AssignAsync(questions[0], "Công chức Tư pháp – Hộ tịch", CmsHost.AdminUserName, CancellationToken.None);
            await desk.AnswerAsync(questions[0], "<p>Được. Người được ủy quyền mang văn bản ủy quyền có chứng thực đến UBND xã.</p>", CmsHost.AdminUserName, CancellationToken.None);
            await desk.PublishAsync(questions[0], CmsHost.AdminUserName, CancellationToken.None);
            await desk.AssignAsync(questions[2], "Công chức Tư pháp – Hộ tịch", CmsHost.AdminUserName, CancellationToken.None);
            var definitions = await sp.GetRequiredService<ContentDefinitionStore>().LoadAsync();
            await sp.GetRequiredService<ContentManager>().CreateAsync(Disclosure(disclosure), definitions, sp.GetRequiredService<StoredContentReferences>(), CmsHost.AdminUserName);
        });

        var source = host.Registry.Map.Find("gia-hoa")!;
        using var archive = new MemoryStream();
        await host.Services.GetRequiredService<TenantExporter>().ExportAsync(source, archive, includePasswords: false);
        Assert.DoesNotContain(expiredEmail, ArchivedText(archive), StringComparison.Ordinal);
        Assert.Contains($"moi.{tag}@example.vn", ArchivedText(archive), StringComparison.Ordinal);
        var copy = TenantFactory.UniqueName("gia-hoa");
        await host.Services.GetRequiredService<TenantImporter>().ImportAsNewAsync(new MemoryStream(archive.ToArray()), new TenantSpec(copy, "", copy, [], null));

        var queue = await TenantServices.RunAsync(host, copy, sp => sp.GetRequiredService<CmsDbContext>().CitizenQuestions.AsNoTracking().Where(q => q.Title.EndsWith(tag)).ToListAsync());
        var byTitle = queue.ToDictionary(q => q.Title);
        Assert.Equal(QuestionStatus.Published, byTitle[published].Status);
        Assert.Contains("văn bản ủy quyền có chứng thực", byTitle[published].AnswerHtml, StringComparison.Ordinal);
        Assert.Equal(QuestionStatus.New, byTitle[waiting].Status);
        Assert.Equal($"moi.{tag}@example.vn", byTitle[waiting].AskerEmail);
        Assert.Equal((QuestionStatus.Assigned, "Công chức Tư pháp – Hộ tịch"), (byTitle[assigned].Status, byTitle[assigned].Unit));
        Assert.Equal(QuestionStatus.Rejected, byTitle[expired].Status);
        Assert.Equal("Câu hỏi trùng với câu hỏi đã trả lời.", byTitle[expired].RejectionReason);
        Assert.All(new[] { byTitle[expired].AskerName, byTitle[expired].AskerEmail, byTitle[expired].AskerPhone, byTitle[expired].AskerAddress }, Assert.Null);
        Assert.NotNull(byTitle[expired].ContactErasedUtc);

        var resident = host.Browser();
        var (_, answers) = await resident.GetPageAsync($"/{copy}/hoi-dap");
        Assert.Contains(published, answers, StringComparison.Ordinal);
        Assert.DoesNotContain(waiting, answers, StringComparison.Ordinal);
        Assert.DoesNotContain("Đinh Thị Hạnh", answers, StringComparison.Ordinal);

        var (scheduleStatus, schedule) = await resident.GetPageAsync($"/{copy}/lich-cong-tac");
        Assert.Equal(HttpStatusCode.OK, scheduleStatus);
        Assert.Contains("Kiểm tra việc nạo vét kênh mương nội đồng chuẩn bị vụ xuân", schedule, StringComparison.Ordinal);
        var calendar = Ical.Net.Calendar.Load(await resident.GetStringAsync($"/{copy}/lich-cong-tac.ics"))!;
        Assert.Contains(calendar.Events, e => e.Summary == "Giao ban Thường trực Đảng ủy, HĐND, UBND xã");

        var (disclosureStatus, disclosures) = await resident.GetPageAsync($"/{copy}/cong-khai?Year=2025");
        Assert.Equal(HttpStatusCode.OK, disclosureStatus);
        Assert.Contains(disclosure, disclosures, StringComparison.Ordinal);
    }

    /// <summary>Every table of the archive as text, to look for what must not be there.</summary>
    private static string ArchivedText(MemoryStream archive)
    {
        using var zip = new ZipArchive(new MemoryStream(archive.ToArray()), ZipArchiveMode.Read);
        return string.Concat(zip.Entries.Where(e => e.FullName.StartsWith(TenantExporter.TablesFolder, StringComparison.Ordinal))
            .Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }
}
