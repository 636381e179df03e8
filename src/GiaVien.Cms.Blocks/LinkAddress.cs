namespace GiaVien.Cms.Blocks;

/// <summary>What a link typed by an administrator may point to: a path of the site or an http(s) address.</summary>
public static class LinkAddress
{
    public const int MaxLength = 500;

    /// <summary>"/…" (not "//host", which browsers read as another site) or an absolute http or https address.</summary>
    public static bool IsValid(string? url) =>
        url is { Length: > 0 and <= MaxLength }
        && ((url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal))
            || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"));

    /// <summary>The URL as a page links it: site paths under the tenant's path base.</summary>
    public static string Resolve(string basePath, string url) => url.StartsWith('/') ? (url == "/" ? basePath + "/" : basePath + url) : url;

    public static bool IsExternal(string url) => !url.StartsWith('/');
}
