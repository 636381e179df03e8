using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Documents;
using GiaVien.Cms.Documents.Extraction;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Documents.Pages.Admin;

/// <summary>
/// "Tệp văn bản": whether the text of each published document's files could be read for search. Scans, password
/// protected and damaged files are flagged with what the editor can do; files not read yet are queued by the visit.
/// </summary>
[AdminPermission(ContentPermissions.EditContent, ContentPermissions.EditOwnContent)]
public sealed class DocumentFilesModel(ContentQueries queries, DocumentTextExtraction extraction, ShellScope scope) : PageModel
{
    public IReadOnlyList<DocumentFileState> Files { get; private set; } = [];

    public bool Pending => Files.Any(f => f.Extraction is null);

    public async Task OnGetAsync()
    {
        var files = new List<DocumentFileState>();
        foreach (var item in await queries.PublishedAsync(VanBanPart.TypeName, 0, 2000, HttpContext.RequestAborted))
        {
            var part = item.As<VanBanPart>();
            foreach (var path in part.FilePaths)
            {
                files.Add(new DocumentFileState(item.ContentItemId, part.Number, item.DisplayText, path,
                    await extraction.GetOrRequestAsync(scope.Shell, path, HttpContext.RequestAborted)));
            }
        }

        // Files that need the editor come first.
        Files = files.OrderBy(f => f.Extraction?.Message is null).ToList();
    }
}

/// <summary>One file of one document and what reading it gave (null: not read yet).</summary>
public sealed record DocumentFileState(string ContentItemId, string Number, string Title, string Path, StoredExtraction? Extraction);
