using System.Globalization;
using GiaVien.Cms.Admin;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Lists;
using GiaVien.Cms.Content.News;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Tenants.Settings;
using GiaVien.Cms.Users;
using GiaVien.Cms.Web.Admin;
using GiaVien.Cms.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Web.Pages.Admin.Content;

/// <summary>
/// The content list: filters by type, status, category, author and title (<see cref="ContentListFilter"/>); sorting;
/// paging in SQL. Matching items are counted only up to <see cref="CountLimit"/> (or as far as the page asked for):
/// nobody pages further, and the list then says "Hơn 10.000 nội dung" and keeps a "next page" link.
/// </summary>
[AdminPermission(ContentPermissions.EditContent, ContentPermissions.EditOwnContent)]
public sealed class IndexModel(CmsDbContext db, ContentDefinitionStore definitionStore, ContentEditorForm form, ContentBulkActions bulk, SiteSettingsStore settings) : PageModel
{
    public const int PageSize = 20;
    public const int CountLimit = 10_000;

    // Far beyond any real list; keeps PageNumber * PageSize from overflowing.
    private const int MaxPageNumber = 1_000_000;

    [FromQuery] public string? Type { get; set; }
    [FromQuery] public ContentStatus? Status { get; set; }
    [FromQuery] public string? Category { get; set; }
    [FromQuery] public string? Author { get; set; }
    [FromQuery] public string? Q { get; set; }
    [FromQuery] public string Sort { get; set; } = "modified";
    [FromQuery(Name = "page")] public int PageNumber { get; set; } = 1;
    [FromQuery(Name = "msg")] public string? MessageKey { get; set; }

    /// <summary>The items ticked for a bulk action.</summary>
    [BindProperty(Name = "ids")] public List<string> SelectedIds { get; set; } = [];
    [BindProperty(Name = "action")] public BulkAction? Action { get; set; }
    [BindProperty(Name = "newCategory")] public string? NewCategory { get; set; }

    /// <summary>What the last bulk action did and refused; null when none was asked for.</summary>
    public BulkOutcome? Outcome { get; private set; }
    public string? ErrorMessage { get; private set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    /// <summary>The number of matching items, or the number counted when <see cref="HasMore"/>.</summary>
    public int Total { get; private set; }

    /// <summary>More items match than were counted.</summary>
    public bool HasMore { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public string TotalText => (HasMore ? "Hơn " : "") + Total.ToString("N0", Vietnamese) + " nội dung";
    public string PageCountText => (HasMore ? "hơn " : "") + PageCount.ToString("N0", Vietnamese);
    public bool HasNextPage => PageNumber < PageCount || HasMore;
    public IReadOnlyList<ContentTypeDefinition> Types { get; private set; } = [];
    public IReadOnlyList<(string Id, string Title)> Categories { get; private set; } = [];
    public bool CanCreate => Types.Count > 0;

    public sealed record Row(string Id, string Title, string Type, ContentStatus Status, string? Owner, DateTime ModifiedUtc, int Number);

    /// <summary>
    /// Runs a bulk action on the ticked items, each checked against the user's permissions as its editor page would,
    /// then shows the list again with what was done and what was refused and why.
    /// </summary>
    public async Task<IActionResult> OnPostBulkAsync()
    {
        if (Action is not { } action || SelectedIds.Count == 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            ErrorMessage = Action is null ? "Hãy chọn thao tác cần thực hiện." : "Hãy chọn ít nhất một nội dung.";
        }
        else
        {
            try
            {
                var actor = new ContentActor(User.Permissions(), User.Name(), await settings.ReviewRequiredAsync(HttpContext.RequestAborted));
                Outcome = await bulk.RunAsync(action, SelectedIds, actor, NewCategory, HttpContext.RequestAborted);
            }
            catch (ContentException e)
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
                ErrorMessage = e.Message;
            }
        }

        await OnGetAsync();
        return Page();
    }

    public static string ActionLabel(BulkAction action) => action switch
    {
        BulkAction.Publish => "Xuất bản",
        BulkAction.Unpublish => "Gỡ xuất bản",
        BulkAction.Trash => "Chuyển vào thùng rác",
        _ => "Đổi chuyên mục",
    };

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var definitions = await definitionStore.LoadAsync(cancellationToken);
        // Only the types the user may work with: an editor limited to one section sees that section.
        var permissions = User.Permissions();
        Types = definitions.Types.Where(t => t.Listable && ContentPermissions.Can(permissions, User.Name(), ContentAction.Create, null, reviewRequired: true, contentType: t.Name)).ToList();
        var news = definitions.FindType(NewsPart.TypeName);
        if (news is not null)
        {
            Categories = (await form.FieldsAsync(news, definitions, null, cancellationToken)).FirstOrDefault(f => f.Kind.Editor == EditorInput.TermChoices)?.Choices ?? [];
        }

        var query = Filter.Apply(db, Types.Select(t => t.Name).ToList());
        PageNumber = Math.Clamp(PageNumber, 1, MaxPageNumber);
        var countLimit = Math.Max(CountLimit, PageNumber * PageSize);
        (Total, HasMore) = await ContentListFilter.CountAsync(query, countLimit, cancellationToken);
        PageNumber = Math.Min(PageNumber, PageCount);
        // Only the listed columns: sorting whole rows (JSON bodies included) is what made large tenants slow.
        var page = await Sorted(query).Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(i => new ContentItemRecord
            {
                ContentItemId = i.ContentItemId, ContentItemVersionId = i.ContentItemVersionId, ContentType = i.ContentType, DisplayText = i.DisplayText,
                Owner = i.Owner, ModifiedUtc = i.ModifiedUtc, Number = i.Number, DeletedUtc = i.DeletedUtc, ScheduledPublishUtc = i.ScheduledPublishUtc,
                WorkflowState = i.WorkflowState, Data = "",
            })
            .ToListAsync(cancellationToken);
        // Asked apart for the page's items: as a subquery of the list, PostgreSQL hashes every published version first.
        var ids = page.Select(r => r.ContentItemId).ToList();
        var published = (await db.ContentItems.AsNoTracking().Where(p => ids.Contains(p.ContentItemId) && p.Published)
            .Select(p => p.ContentItemId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        Rows = page.Select(r => new Row(r.ContentItemId, r.DisplayText, definitions.FindType(r.ContentType)?.DisplayName ?? r.ContentType,
            ContentStatuses.Of(r, published.Contains(r.ContentItemId)), r.Owner, r.ModifiedUtc, r.Number)).ToList();
    }

    public ContentListFilter Filter => new(Type, Status, Category, Author, Q);

    private IQueryable<ContentItemRecord> Sorted(IQueryable<ContentItemRecord> query) => Sort switch
    {
        "title" => query.OrderBy(i => i.DisplayText).ThenBy(i => i.Id),
        "created" => query.OrderByDescending(i => i.CreatedUtc).ThenByDescending(i => i.Id),
        _ => query.OrderByDescending(i => i.ModifiedUtc).ThenByDescending(i => i.Id),
    };

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public string BulkLink() =>
        Url.Page("Index", "Bulk", new { Type, Status, Category, Author, Q, Sort, page = PageNumber }) ?? "";

    public string PageLink(int page) =>
        Url.Page("Index", new { Type, Status, Category, Author, Q, Sort, page }) ?? "";
}
