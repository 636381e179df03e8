using GiaVien.Cms.Search.Indexing;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Search.Pages.Admin;

/// <summary>The tenant's search index: its state, and a rebuild that swaps in a fresh index when done.</summary>
[AdminPermission(Roles.ManageSearchIndex)]
public sealed class SearchIndexModel(SearchIndexes indexes, ShellScope scope) : PageModel
{
    public TenantIndex Index { get; private set; } = null!;

    public int DocumentCount { get; private set; }

    public async Task OnGetAsync()
    {
        Index = await indexes.GetAsync(scope.Shell.Tenant, HttpContext.RequestAborted);
        DocumentCount = Index.DocumentCount();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var index = await indexes.GetAsync(scope.Shell.Tenant, HttpContext.RequestAborted);
        _ = index.StartRebuild();
        return RedirectToPage();
    }
}
