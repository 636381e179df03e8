using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Questions;
using GiaVien.Cms.Features;
using GiaVien.Cms.Questions.Queue;
using GiaVien.Cms.Web.Site.Questions;
using GiaVien.Cms.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace GiaVien.Cms.Web.Tests;

/// <summary>
/// "Câu hỏi đã trả lời mới": a block the administrator adds to the home page, listing only the answers the desk
/// published (not those answered and waiting, nor new ones), with none of the askers' contact data; it leaves the page
/// when the questions feature is switched off.
/// </summary>
public sealed partial class HomeBlocksTests
{
    private static readonly string[] AskerContact = ["Trần Văn Khải", "khai.tran@example.vn", "0987654321", "Xóm Chùa, xã Gia Lập"];

    private static CitizenQuestionRecord Asked(string title) => new()
    {
        SubmissionKey = Guid.NewGuid().ToString("N"),
        Status = QuestionStatus.New,
        Field = "Đất đai",
        Title = title,
        Question = "Gia đình tôi muốn tách thửa đất ở để chia cho con, cần chuẩn bị những giấy tờ gì?",
        CreatedUtc = DateTime.UtcNow,
        ModifiedUtc = DateTime.UtcNow,
        AskerName = AskerContact[0],
        AskerEmail = AskerContact[1],
        AskerPhone = AskerContact[2],
        AskerAddress = AskerContact[3],
    };

    [Fact]
    public async Task The_answered_questions_block_lists_only_published_answers_without_contact_data()
    {
        var (tenant, admin) = await NewCommuneAsync();
        var features = host.Services.GetRequiredService<TenantFeatures>();
        await features.EnableAsync(tenant, QuestionsFeature.Id, CmsHost.AdminUserName);
        const string published = "Thủ tục tách thửa đất ở cần những giấy tờ gì";
        const string waiting = "Hỏi về mức hỗ trợ chuyển đổi cây trồng vụ đông";
        const string fresh = "Khi nào đường trục xã được sửa lại";
        await TenantServices.RunAsync(host, tenant, async sp =>
        {
            var db = sp.GetRequiredService<CmsDbContext>();
            var desk = sp.GetRequiredService<QuestionDesk>();
            var questions = new[] { Asked(published), Asked(waiting), Asked(fresh) };
            db.CitizenQuestions.AddRange(questions);
            await db.SaveChangesAsync();
            await desk.AnswerAsync(questions[0], "<p>Ông mang sổ đỏ và đơn đề nghị tách thửa đến Bộ phận Một cửa của xã.</p>", CmsHost.AdminUserName, CancellationToken.None);
            await desk.PublishAsync(questions[0], CmsHost.AdminUserName, CancellationToken.None);
            await desk.AnswerAsync(questions[1], "<p>Mức hỗ trợ theo nghị quyết của HĐND huyện.</p>", CmsHost.AdminUserName, CancellationToken.None);
        });

        var id = await AddAsync(admin, tenant, "Home", "AnsweredQuestions", new() { ["Title"] = "", ["Count"] = "5" });
        var home = await HomeAsync(tenant);

        Assert.Contains($"<h2 id=\"khoi-{id}\" class=\"section-title\"><a href=\"/{tenant}/hoi-dap\">Câu hỏi đã trả lời mới</a></h2>", home, StringComparison.Ordinal);
        Assert.Matches($"href=\"/{tenant}/hoi-dap/[^\"]+\">{published}<", home);
        Assert.DoesNotContain(waiting, home, StringComparison.Ordinal);
        Assert.DoesNotContain(fresh, home, StringComparison.Ordinal);
        foreach (var contact in AskerContact)
        {
            Assert.DoesNotContain(contact, home, StringComparison.Ordinal);
        }

        await features.DisableAsync(tenant, QuestionsFeature.Id, CmsHost.AdminUserName);
        Assert.DoesNotContain("Câu hỏi đã trả lời mới", await HomeAsync(tenant), StringComparison.Ordinal);
    }
}
