using GiaVien.Cms.Admin;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Lists;
using GiaVien.Cms.Content.News;
using GiaVien.Cms.Data;
using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ContentList = GiaVien.Cms.Web.Pages.Admin.Content.IndexModel;

namespace GiaVien.Cms.Web.Pages.Admin;

/// <summary>The dashboard: what waits for the signed-in user (<see cref="WaitingWork"/>), each a count linking to the content list it totals.</summary>
[AdminPermission(Roles.AccessAdmin)]
public sealed class IndexModel(CmsDbContext db, ContentDefinitionStore definitionStore, IEnumerable<IAdminDashboardEntry> entries) : PageModel
{
    public int PublishedNewsCount { get; private set; }

    public sealed record Waiting(string Label, int Count, bool More, ContentListFilter Filter);

    public IReadOnlyList<Waiting> Queues { get; private set; } = [];

    /// <summary>Whether the user works with content at all (a user with the admin only has nothing waiting).</summary>
    public bool EditsContent { get; private set; }

    /// <summary>The modules' lines (new questions…) this user may see.</summary>
    public IReadOnlyList<AdminDashboardLine> ModuleLines { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        PublishedNewsCount = await db.ContentItems.CountAsync(i => i.Published && i.ContentType == NewsPart.TypeName, cancellationToken);
        ModuleLines = await ModuleLinesAsync(cancellationToken);
        EditsContent = ContentPermissions.Can(User.Permissions(), User.Name(), ContentAction.Create, null, reviewRequired: true);
        if (!EditsContent)
        {
            return;
        }

        var listable = (await definitionStore.LoadAsync(cancellationToken)).Types.Where(t => t.Listable).Select(t => t.Name).ToList();
        var queues = new List<Waiting>();
        foreach (var queue in WaitingWork.For(User.Permissions(), User.Name()))
        {
            var (count, more) = await ContentListFilter.CountAsync(queue.Filter.Apply(db, listable), ContentList.CountLimit, cancellationToken);
            queues.Add(new(queue.Label, count, more, queue.Filter));
        }

        Queues = queues;
    }

    private async Task<IReadOnlyList<AdminDashboardLine>> ModuleLinesAsync(CancellationToken cancellationToken)
    {
        var lines = new List<AdminDashboardLine>();
        foreach (var entry in entries)
        {
            if (await entry.GetAsync(User, cancellationToken) is { } line)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    public string ListLink(ContentListFilter filter) =>
        Url.Page("/Admin/Content/Index", new { filter.Type, filter.Status, filter.Category, filter.Author, filter.Q }) ?? "";
}
