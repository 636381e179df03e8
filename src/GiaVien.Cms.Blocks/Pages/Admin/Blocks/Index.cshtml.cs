using System.Security.Cryptography;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Published;
using GiaVien.Cms.Users;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace GiaVien.Cms.Blocks.Pages.Admin.Blocks;

/// <summary>
/// "Khối trang chủ": the tenant's administrator adds, orders (buttons, so the keyboard and a page without script
/// suffice), hides, edits and removes the blocks of the home page and of the article sidebar.
/// </summary>
[AdminPermission(Roles.ManageTheme)]
public sealed class IndexModel(BlockArrangementStore store, BlockValidation validation, PublishedQueries published, ContentDefinitionStore definitions) : PageModel
{
    public BlockZones Zones { get; private set; } = BlockZones.Default;

    public BlockChoices Choices { get; private set; } = new([], []);

    /// <summary>The block whose settings are open, its zone, and what was typed into them.</summary>
    [BindProperty(SupportsGet = true)] public string? Edit { get; set; }

    [BindProperty] public string Zone { get; set; } = BlockZones.HomeZone;

    [BindProperty] public string? Title { get; set; }

    [BindProperty] public int Count { get; set; }

    [BindProperty] public string? Category { get; set; }

    [BindProperty] public string? ContentType { get; set; }

    [BindProperty] public string? LinksText { get; set; }

    /// <summary>The block just moved, and the button to give the focus back to ("up" or "down").</summary>
    [BindProperty(SupportsGet = true)] public string? Moved { get; set; }

    [BindProperty(SupportsGet = true)] public string? Direction { get; set; }

    [BindProperty(SupportsGet = true)] public bool Saved { get; set; }

    public List<string> Errors { get; } = [];

    public Block? Editing => Edit is null ? null : Zones.Zone(Zone).FirstOrDefault(b => b.Id == Edit);

    public async Task<IActionResult> OnGetAsync(string? zone)
    {
        Zone = BlockZones.IsZone(zone) ? zone! : BlockZones.HomeZone;
        await LoadAsync();
        if (Editing is { } block)
        {
            (Title, Count, Category, ContentType, LinksText) = (block.Title, block.Count, block.Category, block.ContentType, BlockLinksText.Format(block.Links));
        }

        return Page();
    }

    public Task<IActionResult> OnPostMoveAsync(string id, string direction) => ChangeAsync(id, (blocks, index) =>
    {
        var target = direction == "up" ? index - 1 : index + 1;
        if (target < 0 || target >= blocks.Count)
        {
            return null;
        }

        (blocks[index], blocks[target]) = (blocks[target], blocks[index]);
        return direction == "up" ? "chuyển lên" : "chuyển xuống";
    }, new { zone = Zone, moved = id, direction });

    public Task<IActionResult> OnPostToggleAsync(string id) => ChangeAsync(id, (blocks, index) =>
    {
        blocks[index] = blocks[index] with { Hidden = !blocks[index].Hidden };
        return blocks[index].Hidden ? "ẩn" : "hiện";
    }, new { zone = Zone, moved = id, direction = "toggle" });

    public Task<IActionResult> OnPostRemoveAsync(string id) => ChangeAsync(id, (blocks, index) =>
    {
        blocks.RemoveAt(index);
        return "xóa";
    }, new { zone = Zone, saved = true });

    public async Task<IActionResult> OnPostAddAsync(string kind)
    {
        await LoadAsync();
        var found = BlockKinds.Find(kind);
        var blocks = Zones.Zone(Zone).ToList();
        if (!BlockZones.IsZone(Zone) || found is null || (found.HomeOnly && Zone == BlockZones.SidebarZone) || blocks.Count >= BlockZones.MaxBlocks)
        {
            Errors.Add(found is { HomeOnly: true } ? $"Khối “{found.Name}” chỉ đặt được ở trang chủ." : $"Không thêm được khối: mỗi vùng có tối đa {BlockZones.MaxBlocks} khối.");
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // A new block is hidden until its settings are saved: a link list without links would show an empty box.
        var block = new Block { Id = "k" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4)), Kind = found.Id, Count = found.DefaultCount, Hidden = true };
        blocks.Add(block);
        await store.SaveAsync(Zones.With(Zone, blocks), User.Identity?.Name ?? "", $"{ZoneName(Zone)}: thêm khối “{found.Name}”", HttpContext.RequestAborted);
        return RedirectToPage(new { zone = Zone, edit = block.Id });
    }

    public async Task<IActionResult> OnPostSaveAsync(string id)
    {
        await LoadAsync();
        var blocks = Zones.Zone(Zone).ToList();
        var index = blocks.FindIndex(b => b.Id == id);
        if (index < 0)
        {
            return NotFound();
        }

        Edit = id;
        var (links, linkErrors) = BlockLinksText.Parse(LinksText);
        var kind = BlockKinds.Find(blocks[index].Kind)!;
        var edited = blocks[index] with
        {
            Title = string.IsNullOrWhiteSpace(Title) ? null : Title.Trim().Normalize(),
            Count = kind.HasCount ? Count : 0,
            Category = blocks[index].Kind == BlockKinds.Category ? Category : null,
            ContentType = blocks[index].Kind == BlockKinds.LatestOfType ? ContentType : null,
            Links = kind.HasLinks ? links.Select(l => l with { Title = l.Title.Normalize() }).ToList() : [],
        };
        Errors.AddRange(await validation.CheckAsync(edited, Choices, kind.HasLinks ? linkErrors : [], HttpContext.RequestAborted));
        if (Errors.Count > 0)
        {
            // What was typed stays in the form.
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        // Saving the settings shows the block: hiding it again is one button away.
        blocks[index] = edited with { Hidden = false };
        await store.SaveAsync(Zones.With(Zone, blocks), User.Identity?.Name ?? "", $"{ZoneName(Zone)}: sửa khối “{Name(edited)}”", HttpContext.RequestAborted);
        return RedirectToPage(new { zone = Zone, saved = true });
    }

    public async Task<IActionResult> OnPostResetAsync()
    {
        await store.SaveAsync(BlockZones.Default, User.Identity?.Name ?? "", "Khôi phục cách sắp xếp mặc định", HttpContext.RequestAborted);
        return RedirectToPage(new { saved = true });
    }

    public static string ZoneName(string zone) => zone == BlockZones.SidebarZone ? "Cột bên trang bài viết" : "Trang chủ";

    public static string Name(Block block) => block.Title ?? BlockKinds.Find(block.Kind)?.Name ?? block.Kind;

    /// <summary>Applies a change to one block of <see cref="Zone"/>; the change returns what it did, or null when it did nothing.</summary>
    private async Task<IActionResult> ChangeAsync(string id, Func<List<Block>, int, string?> change, object redirect)
    {
        await LoadAsync();
        var blocks = Zones.Zone(Zone).ToList();
        var index = blocks.FindIndex(b => b.Id == id);
        if (!BlockZones.IsZone(Zone) || index < 0)
        {
            return NotFound();
        }

        var name = Name(blocks[index]);
        if (change(blocks, index) is { } done)
        {
            await store.SaveAsync(Zones.With(Zone, blocks), User.Identity?.Name ?? "", $"{ZoneName(Zone)}: {done} khối “{name}”", HttpContext.RequestAborted);
        }

        return RedirectToPage(redirect);
    }

    private async Task LoadAsync()
    {
        Zones = await store.GetAsync(HttpContext.RequestAborted);
        var categories = await published.CategoriesAsync(HttpContext.RequestAborted);
        var types = (await definitions.LoadAsync(HttpContext.RequestAborted)).Types.Where(t => t.RoutePrefix is { Length: > 0 });
        Choices = new BlockChoices(
            categories.Select(c => new BlockChoice(c.Slug, c.Title)).ToList(),
            types.Select(t => new BlockChoice(t.Name, t.DisplayName)).OrderBy(t => t.Text, StringComparer.Ordinal).ToList());
    }
}
