using GiaVien.Cms.Blocks;

namespace GiaVien.Cms.Themes.Admin.Pages.Admin.Theme;

/// <summary>One line of the menu editor: a top-level item (depth 0) or an item of the sub-menu of the item above it (depth 1).</summary>
public sealed class MenuRow
{
    public string? Title { get; set; }

    public string? Url { get; set; }

    public int Depth { get; set; }
}

/// <summary>
/// The menu as the editor shows it, a list of rows with depths, and the moves its buttons make. A top-level item
/// moves with its sub-menu; a sub-menu item moves among its siblings.
/// </summary>
public static class MenuRows
{
    public static List<MenuRow> From(IReadOnlyList<MenuEntry> menu) =>
        menu.SelectMany(m => (m.Children ?? []).Select(c => new MenuRow { Title = c.Title, Url = c.Url, Depth = 1 })
            .Prepend(new MenuRow { Title = m.Title, Url = m.Url })).ToList();

    /// <summary>The menu the rows make, and a Vietnamese message for each row that is not a link.</summary>
    public static (List<MenuEntry> Menu, List<string> Errors) ToMenu(IReadOnlyList<MenuRow> rows)
    {
        var menu = new List<MenuEntry>();
        var errors = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var entry = new MenuEntry(rows[i].Title?.Trim().Normalize() ?? "", rows[i].Url?.Trim() ?? "");
            if (!SiteMenu.IsValid(entry))
            {
                errors.Add($"Mục {i + 1}: cần tiêu đề (tối đa {SiteMenu.MaxTitleLength} ký tự) và đường dẫn bắt đầu bằng / hoặc địa chỉ http(s) đầy đủ.");
            }

            if (rows[i].Depth == 0 || menu.Count == 0)
            {
                menu.Add(entry);
            }
            else
            {
                menu[^1] = menu[^1] with { Children = [.. menu[^1].Children ?? [], entry] };
            }
        }

        if (menu.Count is 0 or > SiteMenu.MaxItems || menu.Any(m => m.Children?.Count > SiteMenu.MaxItems))
        {
            errors.Add($"Menu cần từ 1 đến {SiteMenu.MaxItems} mục, và mỗi menu con tối đa {SiteMenu.MaxItems} mục.");
        }

        return (menu, errors);
    }

    /// <summary>Applies a button of the editor ("up", "down", "in", "out", "remove") to row <paramref name="index"/>; false when it cannot.</summary>
    public static bool Apply(List<MenuRow> rows, string action, int index)
    {
        if (index < 0 || index >= rows.Count)
        {
            return false;
        }

        switch (action)
        {
            case "up" or "down":
                return rows[index].Depth == 0 ? MoveBlock(rows, index, action == "up") : MoveSibling(rows, index, action == "up");
            case "in":
                // Under the item above: only an item without a sub-menu of its own (one level deep).
                if (rows[index].Depth == 1 || index == 0 || BlockEnd(rows, index) > index + 1)
                {
                    return false;
                }

                rows[index].Depth = 1;
                return true;
            case "out":
                if (rows[index].Depth == 0)
                {
                    return false;
                }

                // The siblings after it become its own sub-menu, as they now follow it.
                rows[index].Depth = 0;
                return true;
            case "remove":
                rows.RemoveRange(index, rows[index].Depth == 0 ? BlockEnd(rows, index) - index : 1);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Where the top-level item at <paramref name="start"/> and its sub-menu end.</summary>
    private static int BlockEnd(List<MenuRow> rows, int start)
    {
        var end = start + 1;
        while (end < rows.Count && rows[end].Depth == 1)
        {
            end++;
        }

        return end;
    }

    private static bool MoveBlock(List<MenuRow> rows, int index, bool up)
    {
        var end = BlockEnd(rows, index);
        if (up)
        {
            if (index == 0)
            {
                return false;
            }

            var previous = index - 1;
            while (rows[previous].Depth == 1)
            {
                previous--;
            }

            var block = rows.GetRange(index, end - index);
            rows.RemoveRange(index, block.Count);
            rows.InsertRange(previous, block);
            return true;
        }

        if (end >= rows.Count)
        {
            return false;
        }

        var next = rows.GetRange(end, BlockEnd(rows, end) - end);
        rows.RemoveRange(end, next.Count);
        rows.InsertRange(index, next);
        return true;
    }

    private static bool MoveSibling(List<MenuRow> rows, int index, bool up)
    {
        var other = up ? index - 1 : index + 1;
        if (other < 0 || other >= rows.Count || rows[other].Depth != 1)
        {
            return false;
        }

        (rows[index], rows[other]) = (rows[other], rows[index]);
        return true;
    }
}
