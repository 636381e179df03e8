using GiaVien.Cms.Content.News;
using GiaVien.Cms.Data;
using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Web.Pages.Admin;

[AdminPermission(Roles.AccessAdmin)]
public sealed class IndexModel(CmsDbContext db, IEnumerable<IAdminDashboardEntry> entries) : PageModel
{
    public int PublishedNewsCount { get; private set; }

    public int DraftCount { get; private set; }

    /// <summary>The modules' lines (new questions…) this user may see.</summary>
    public IReadOnlyList<AdminDashboardLine> ModuleLines { get; private set; } = [];

    public async Task OnGetAsync()
    {
        PublishedNewsCount = await db.ContentItems.CountAsync(i => i.Published && i.ContentType == NewsPart.TypeName, HttpContext.RequestAborted);
        DraftCount = await db.ContentItems.CountAsync(i => i.Latest && !i.Published, HttpContext.RequestAborted);
        var lines = new List<AdminDashboardLine>();
        foreach (var entry in entries)
        {
            if (await entry.GetAsync(User, HttpContext.RequestAborted) is { } line)
            {
                lines.Add(line);
            }
        }

        ModuleLines = lines;
    }
}
