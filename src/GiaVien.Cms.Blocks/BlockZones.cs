using System.Text.Json;

namespace GiaVien.Cms.Blocks;

/// <summary>
/// The tenant's zones: the home page and the sidebar of article pages (beside the article on wide screens, after it on
/// phones). Stored as the site setting <c>HomeBlocks</c>; without it the default arrangement shows today's home page.
/// </summary>
public sealed record BlockZones(IReadOnlyList<Block> Home, IReadOnlyList<Block> Sidebar)
{
    public const string HomeZone = "Home";
    public const string SidebarZone = "Sidebar";
    public const int MaxBlocks = 30;

    /// <summary>The home page as the theme showed it before blocks existed, and "Tin mới" beside articles.</summary>
    public static BlockZones Default { get; } = new(
        [
            new Block { Id = "tin-noi-bat", Kind = BlockKinds.TopNews, Count = 6 },
            new Block { Id = "tin-co-so", Kind = BlockKinds.SharedNews },
            new Block { Id = "chuyen-muc", Kind = BlockKinds.Categories, Count = 4 },
        ],
        [new Block { Id = "tin-moi", Kind = BlockKinds.Latest, Count = 5 }]);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public IReadOnlyList<Block> Zone(string zone) => zone == SidebarZone ? Sidebar : Home;

    public BlockZones With(string zone, IReadOnlyList<Block> blocks) => zone == SidebarZone ? this with { Sidebar = blocks } : this with { Home = blocks };

    public static bool IsZone(string? zone) => zone is HomeZone or SidebarZone;

    /// <summary>The stored arrangement, or the default one when none is stored or it cannot be read.</summary>
    public static BlockZones Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Default;
        }

        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(json, Json);
            return stored is null ? Default : new BlockZones(Known(stored.Home), Known(stored.Sidebar));
        }
        catch (JsonException)
        {
            return Default;
        }
    }

    public string Serialize() => JsonSerializer.Serialize(new Stored(Home, Sidebar));

    // A block of a kind this version does not know (written by a newer one, or by hand) is left out rather than failing the page.
    private static List<Block> Known(IReadOnlyList<Block>? blocks) =>
        (blocks ?? []).Where(b => b is { Id.Length: > 0 } && BlockKinds.Find(b.Kind) is not null).ToList();

    private sealed record Stored(IReadOnlyList<Block>? Home, IReadOnlyList<Block>? Sidebar);
}
