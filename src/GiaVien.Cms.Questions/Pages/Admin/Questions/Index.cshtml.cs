using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Questions;
using GiaVien.Cms.Questions.Queue;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Questions.Pages.Admin.Questions;

/// <summary>"Hỏi đáp": the queue of residents' questions, filtered by state, newest first (no contact data here).</summary>
[AdminPermission(QuestionPermissions.View)]
public sealed class IndexModel(CmsDbContext db, ContentDefinitionStore definitions) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)] public QuestionStatus? Status { get; set; }

    public IReadOnlyList<CitizenQuestionRecord> Questions { get; private set; } = [];

    public IReadOnlyDictionary<QuestionStatus, int> Counts { get; private set; } = new Dictionary<QuestionStatus, int>();

    public async Task<IActionResult> OnGetAsync()
    {
        if ((await definitions.LoadAsync(HttpContext.RequestAborted)).FindType(HoiDapType.TypeName) is null)
        {
            return NotFound();
        }

        var query = db.CitizenQuestions.AsNoTracking();
        if (Status is { } status)
        {
            query = query.Where(q => q.Status == status);
        }

        Questions = await query.OrderByDescending(q => q.CreatedUtc).Take(PageSize).ToListAsync(HttpContext.RequestAborted);
        Counts = await db.CitizenQuestions.GroupBy(q => q.Status).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, HttpContext.RequestAborted);
        return Page();
    }
}
