using System.Text.RegularExpressions;
using GiaVien.Cms.Tenants;

namespace GiaVien.Cms.Content.Definitions;

/// <summary>
/// Checks a content type's route prefix: a lowercase slug, not a path a module answers on (the admin, the API,
/// media, search, feeds…), not a reserved word, and not another type's prefix.
/// </summary>
public static partial class RoutePrefixes
{
    /// <summary>First path segments of the public site's own endpoints, which no type may take.</summary>
    public static readonly IReadOnlySet<string> ModuleRoutes = new HashSet<string>(StringComparer.Ordinal)
    {
        "admin", "api", "media", "theme", "health", "tim-kiem", "chuyen-muc", "so-do-trang", "gioi-thieu", "en", "rss.xml", "sitemap.xml", "robots.txt",
    };

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex Slug();

    /// <summary>Null when <paramref name="type"/>'s prefix may be used beside <paramref name="others"/>, else why not (Vietnamese).</summary>
    public static string? Error(ContentTypeDefinition type, IEnumerable<ContentTypeDefinition> others)
    {
        if (type.RoutePrefix is not { } prefix)
        {
            return null;
        }

        if (prefix.Length > 50 || !Slug().IsMatch(prefix))
        {
            return $"Tiền tố đường dẫn \"{prefix}\" chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ \"thong-bao\".";
        }

        if (ModuleRoutes.Contains(prefix) || (TenantNames.Reserved.Contains(prefix) && !IsShippedContentPrefix(prefix)))
        {
            return $"Tiền tố đường dẫn \"{prefix}\" là đường dẫn dành riêng của hệ thống, hãy chọn tiền tố khác.";
        }

        return others.FirstOrDefault(o => o.Name != type.Name && o.RoutePrefix == prefix) is { } owner
            ? $"Tiền tố đường dẫn \"{prefix}\" đã được kiểu \"{owner.DisplayName}\" dùng."
            : null;
    }

    // The news list and static pages answer at these reserved words as content types, so the types may keep them.
    private static bool IsShippedContentPrefix(string prefix) => prefix is "tin-tuc" or "trang";
}
