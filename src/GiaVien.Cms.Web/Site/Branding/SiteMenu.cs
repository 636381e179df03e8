using System.Text.Json;
using System.Text.Json.Serialization;

namespace GiaVien.Cms.Web.Site.Branding;

/// <summary>
/// The main menu: the tenant's own items (setting <c>Menu</c>) or the default one of a government portal. The item
/// whose URL is <see cref="NewsUrl"/> gets the categories as its sub-menu.
/// </summary>
public static class SiteMenu
{
    public const string NewsUrl = "/tin-tuc";
    public const int MaxItems = 12;

    public static IReadOnlyList<MenuEntry> Default { get; } =
    [
        new("Trang chủ", "/"),
        new("Giới thiệu", "/trang/gioi-thieu"),
        new("Tin tức", NewsUrl),
        new("Liên hệ", "/trang/lien-he"),
        new("Sơ đồ trang", "/so-do-trang"),
    ];

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

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

    public static string Serialize(IReadOnlyList<MenuEntry> items) => JsonSerializer.Serialize(items);

    /// <summary>A title and either a path of the site ("/…") or an absolute http(s) address.</summary>
    public static bool IsValid(MenuEntry entry) =>
        !string.IsNullOrWhiteSpace(entry.Title) && entry.Title.Length <= 60 && entry.Url is { Length: > 0 and <= 500 } url
        && ((url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"));

    /// <summary>The URL as the page links it: site paths under the tenant's path base.</summary>
    /// <summary>Whether a local <paramref name="url"/> ("/thong-bao", "/thong-bao/rss.xml") lies under one of <paramref name="prefixes"/>.</summary>
    public static bool LeadsInto(string url, IReadOnlySet<string> prefixes) =>
        prefixes.Count > 0 && url.StartsWith('/') && prefixes.Contains(url[1..].Split('/', '?', '#')[0]);

    public static string Resolve(string basePath, string url) => url.StartsWith('/') ? (url == "/" ? basePath + "/" : basePath + url) : url;
}

public sealed record MenuEntry([property: JsonPropertyName("Title")] string Title, [property: JsonPropertyName("Url")] string Url);
