using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace GiaVien.Cms.Themes;

/// <summary>
/// Fingerprinted URLs of the theme's static files (<c>/theme/site.css?v=ab12…</c>): a changed file gets a new URL,
/// so browsers may keep each version for a year.
/// </summary>
public sealed class ThemeAssets(ThemeRenderer theme)
{
    public const string VersionParameter = "v";

    private readonly ConcurrentDictionary<string, string> _versions = new(StringComparer.Ordinal);

    public string Url(string basePath, string file) => $"{basePath}/theme/{file}?{VersionParameter}={Version(file)}";

    public string Version(string file) => _versions.GetOrAdd(file, f =>
    {
        using var stream = File.OpenRead(Path.Combine(theme.AssetsFolder, f));
        return Convert.ToHexStringLower(SHA256.HashData(stream))[..12];
    });
}
