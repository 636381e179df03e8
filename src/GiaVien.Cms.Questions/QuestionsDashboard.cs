using System.Security.Claims;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Questions;
using GiaVien.Cms.Questions.Queue;
using GiaVien.Cms.Users;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Questions;

/// <summary>"Câu hỏi mới: N" on the admin's home page, for those who may see the queue, where the feature is on.</summary>
public sealed class QuestionsDashboard(CmsDbContext db, ContentDefinitionStore definitions) : IAdminDashboardEntry
{
    public async Task<AdminDashboardLine?> GetAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (!QuestionsAccess.Has(user, QuestionPermissions.View) || (await definitions.LoadAsync(cancellationToken)).FindType(HoiDapType.TypeName) is null)
        {
            return null;
        }

        var count = await db.CitizenQuestions.CountAsync(q => q.Status == QuestionStatus.New, cancellationToken);
        return new AdminDashboardLine("Câu hỏi mới (Hỏi đáp)", count, "admin/hoi-dap");
    }
}
