using System.Collections.Concurrent;
using Fluid;

namespace GiaVien.Cms.Themes;

/// <summary>
/// One tenant's own versions of theme views, as files <c>{SiteFolder}/Theme/Views/{View}.liquid</c>, parsed once
/// and cached until the file changes. Kept in the tenant's shell (one instance per tenant).
/// </summary>
public sealed class TemplateOverrides(string tenantName, string siteFolder)
{
    private readonly ConcurrentDictionary<string, (DateTime Modified, IFluidTemplate Template)> _cache = new(StringComparer.Ordinal);

    public string TenantName { get; } = tenantName;

    public string Folder { get; } = Path.Combine(siteFolder, "Theme", "Views");

    /// <summary>View names are letters and digits only, so a name can never leave the folder.</summary>
    public static bool IsValidName(string view) => view.Length is > 0 and <= 50 && view.All(char.IsAsciiLetterOrDigit);

    public bool Exists(string view) => IsValidName(view) && File.Exists(FileOf(view));

    public string? Source(string view) => Exists(view) ? File.ReadAllText(FileOf(view)) : null;

    public IReadOnlyList<string> Names => Directory.Exists(Folder)
        ? Directory.EnumerateFiles(Folder, "*.liquid").Select(f => Path.GetFileNameWithoutExtension(f)).Where(IsValidName).Order(StringComparer.Ordinal).ToList()
        : [];

    /// <summary>Saves an override that the caller has validated; written to a temporary file and moved, so readers never see half a template.</summary>
    public async Task SaveAsync(string view, string source, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(Folder);
        var temporary = FileOf(view) + ".tmp";
        await File.WriteAllTextAsync(temporary, source, cancellationToken);
        File.Move(temporary, FileOf(view), overwrite: true);
        _cache.TryRemove(view, out _);
    }

    public void Delete(string view)
    {
        if (Exists(view))
        {
            File.Delete(FileOf(view));
        }

        _cache.TryRemove(view, out _);
    }

    /// <summary>The parsed override; throws when it does not parse (the renderer then falls back to the theme).</summary>
    internal IFluidTemplate Get(string view, FluidParser parser)
    {
        var file = FileOf(view);
        var modified = File.GetLastWriteTimeUtc(file);
        if (_cache.TryGetValue(view, out var cached) && cached.Modified == modified)
        {
            return cached.Template;
        }

        if (!parser.TryParse(File.ReadAllText(file), out var template, out var error))
        {
            throw new InvalidOperationException($"Template override {file} does not parse: {error}");
        }

        _cache[view] = (modified, template);
        return template;
    }

    private string FileOf(string view) =>
        IsValidName(view) ? Path.Combine(Folder, view + ".liquid") : throw new ArgumentException($"Invalid view name '{view}'.", nameof(view));
}
