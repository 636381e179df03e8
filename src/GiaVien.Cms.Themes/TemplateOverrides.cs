using System.Collections.Frozen;
using Fluid;

namespace GiaVien.Cms.Themes;

/// <summary>
/// One tenant's own versions of theme views, each parsed once when the set is loaded (see
/// <see cref="ThemeTemplateStore"/>). Immutable: a change loads a new set.
/// </summary>
public sealed class TemplateOverrides
{
    private readonly FrozenDictionary<string, (IFluidTemplate? Template, string? Error)> _views;

    internal TemplateOverrides(string tenantName, IReadOnlyDictionary<string, (IFluidTemplate? Template, string? Error)> views)
    {
        TenantName = tenantName;
        _views = views.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public string TenantName { get; }

    /// <summary>
    /// View names are ASCII letters and digits, with inner hyphens for a type's own view (<c>Content-ThongBao</c>),
    /// so a name can never leave a folder or mean anything else.
    /// </summary>
    public static bool IsValidName(string view) =>
        view.Length is > 0 and <= 50 && char.IsAsciiLetter(view[0]) && view[^1] != '-' && view.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    public bool Exists(string view) => _views.ContainsKey(view);

    /// <summary>The parsed override; throws when it does not parse (the renderer then falls back to the theme).</summary>
    internal IFluidTemplate Get(string view)
    {
        var (template, error) = _views[view];
        return template ?? throw new InvalidOperationException($"Template override {view} of tenant {TenantName} does not parse: {error}");
    }
}
