using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Fluid;

namespace GiaVien.Cms.Themes;

/// <summary>
/// One tenant's own versions of theme views, each parsed once when the set is loaded (see
/// <see cref="ThemeTemplateStore"/>). Immutable: a change loads a new set.
/// </summary>
public sealed partial class TemplateOverrides
{
    private readonly FrozenDictionary<string, (IFluidTemplate? Template, string? Error)> _views;

    internal TemplateOverrides(string tenantName, IReadOnlyDictionary<string, (IFluidTemplate? Template, string? Error)> views)
    {
        TenantName = tenantName;
        _views = views.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string TenantName { get; }

    /// <summary>
    /// View names are ASCII letters and digits starting with a capital, with one inner hyphen before a type's name for a
    /// type's own view (<c>Content-ThongBao</c>), so a name can never leave a folder or mean anything else.
    /// </summary>
    public static bool IsValidName(string view) => view.Length <= 50 && ViewName().IsMatch(view);

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*(?:-[A-Z][A-Za-z0-9]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ViewName();

    public bool Exists(string view) => _views.ContainsKey(view);

    /// <summary>The parsed override; throws when it does not parse (the renderer then falls back to the theme).</summary>
    internal IFluidTemplate Get(string view)
    {
        var (template, error) = _views[view];
        return template ?? throw new InvalidOperationException($"Template override {view} of tenant {TenantName} does not parse: {error}");
    }
}
