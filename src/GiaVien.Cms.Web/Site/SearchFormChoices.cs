using System.Runtime.CompilerServices;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Published;

namespace GiaVien.Cms.Web.Site;

/// <summary>
/// The search form's category and type options, made once per instance of the tenant's categories and of its
/// definitions instead of on every search page. Both come from the read cache, which hands out a new instance whenever a
/// category or a type changes, and the options hang on that instance (a <see cref="ConditionalWeakTable{TKey,TValue}"/>),
/// so they are never stale and go with it: one list of each a tenant. A page with a category or type chosen gets a copy
/// with that option marked.
/// </summary>
internal static class SearchFormChoices
{
    private static readonly ConditionalWeakTable<IReadOnlyList<CategoryTerm>, IReadOnlyList<SearchOptionViewModel>> ByCategories = new();

    private static readonly ConditionalWeakTable<ContentDefinitions, IReadOnlyList<SearchOptionViewModel>> ByDefinitions = new();

    /// <summary>An option for each category, <paramref name="chosen"/>'s marked.</summary>
    public static IReadOnlyList<SearchOptionViewModel> Categories(IReadOnlyList<CategoryTerm> categories, string? chosen) =>
        Choose(ByCategories.GetValue(categories, static terms => terms.Select(c => new SearchOptionViewModel(c.ContentItemId, c.Title, false)).ToList()), chosen);

    /// <summary>An option for each searchable type (those with a public address), by name shown, <paramref name="chosen"/>'s marked.</summary>
    public static IReadOnlyList<SearchOptionViewModel> Types(ContentDefinitions definitions, string? chosen) =>
        Choose(ByDefinitions.GetValue(definitions, static visible => visible.Types
            .Where(t => t.Parts.Contains(BuiltInParts.Autoroute, StringComparer.Ordinal))
            .OrderBy(t => t.DisplayName, StringComparer.Ordinal)
            .Select(t => new SearchOptionViewModel(t.Name, t.DisplayName, false)).ToList()), chosen);

    private static IReadOnlyList<SearchOptionViewModel> Choose(IReadOnlyList<SearchOptionViewModel> options, string? chosen) =>
        chosen is null || !options.Any(o => o.Value == chosen) ? options : options.Select(o => o.Value == chosen ? o with { Selected = true } : o).ToList();
}
