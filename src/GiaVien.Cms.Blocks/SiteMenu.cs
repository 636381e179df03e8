using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GiaVien.Cms.Blocks;

/// <summary>
/// The main menu: the tenant's own items (setting <c>Menu</c>) or the default one of a government portal. An item may
/// have a sub-menu of its own (one level, as the theme shows); the item whose URL is <see cref="NewsUrl"/> and has none
/// gets the categories. Menus stored before sub-menus existed are the same JSON without <c>Children</c>, read as they are.
/// </summary>
public static class SiteMenu
{
    public const string NewsUrl = "/tin-tuc";
    public const int MaxItems = 12;
    public const int MaxTitleLength = 60;

    public static IReadOnlyList<MenuEntry> Default { get; } =
    [
        new("Trang chủ", "/"),
        new("Giới thiệu", "/trang/gioi-thieu"),
        new("Tin tức", NewsUrl),
        new("Liên hệ", "/trang/lien-he"),
        new("Sơ đồ trang", "/so-do-trang"),
    ];

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    // Every public page shows the menu: its setting is decoded once per string the settings cache holds (the same
    // instance until a save reads a new one, which leaves the old entry to go with the old string). Equal strings of two
    // tenants give equal menus. The entries are immutable, so requests share them.
    private static readonly ConditionalWeakTable<string, IReadOnlyList<MenuEntry>> Parsed = new();

    /// <summary><see cref="Parse"/>, decoded once per setting string.</summary>
    public static IReadOnlyList<MenuEntry> ParseKept(string? json) => json is null ? Default : Parsed.GetValue(json, Parse);

    /// <summary>The stored menu, or the default one when it is missing or unreadable.</summary>
    public static IReadOnlyList<MenuEntry> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return Default;
        }

        try
        {
            var items = JsonSerializer.Deserialize<List<MenuEntry>>(json, Json);
            return items is { Count: > 0 } && items.All(IsValid) ? items : Default;
        }
        catch (JsonException)
        {
            return Default;
        }
    }

    public static string Serialize(IReadOnlyList<MenuEntry> items) => JsonSerializer.Serialize(items, Json);

    /// <summary>A title and either a path of the site ("/…") or an absolute http(s) address; a sub-menu only one level deep.</summary>
    public static bool IsValid(MenuEntry entry) => IsLink(entry) && (entry.Children ?? []).All(c => IsLink(c) && c.Children is null or { Count: 0 });

    private static bool IsLink(MenuEntry entry) =>
        !string.IsNullOrWhiteSpace(entry.Title) && entry.Title.Length <= MaxTitleLength && LinkAddress.IsValid(entry.Url);

    /// <summary>The URL as the page links it: site paths under the tenant's path base.</summary>
    public static string Resolve(string basePath, string url) => LinkAddress.Resolve(basePath, url);

    /// <summary>Whether a local <paramref name="url"/> ("/thong-bao", "/thong-bao/rss.xml") lies under one of <paramref name="prefixes"/>.</summary>
    public static bool LeadsInto(string url, IReadOnlySet<string> prefixes) =>
        prefixes.Count > 0 && url.StartsWith('/') && prefixes.Contains(url[1..].Split('/', '?', '#')[0]);
}

public sealed record MenuEntry([property: JsonPropertyName("Title")] string Title, [property: JsonPropertyName("Url")] string Url)
{
    /// <summary>The item's own sub-menu; null when it has none.</summary>
    [JsonPropertyName("Children")]
    public IReadOnlyList<MenuEntry>? Children { get; init; }
}
