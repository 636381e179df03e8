using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Parts;
using GiaVien.Cms.Media.Images;

namespace GiaVien.Cms.Web.Site.Organisation;

/// <summary>
/// Builds the tree of a tenant's published units with their officials, in one language: the tree is that of the
/// Vietnamese originals (a translation only carries words), and each unit or official is shown through its
/// translation when it has one, with the original's contacts and photo where the translation leaves them empty.
/// </summary>
public sealed class OrganisationDirectory(ContentQueries queries)
{
    public const string UnitType = "DonVi";
    public const string OfficialType = "CanBo";

    // A district has a few dozen units and officials; the bound keeps a runaway import from loading without end.
    public const int MaxItems = 2000;

    public async Task<IReadOnlyList<OrgUnitViewModel>> TreeAsync(string language, string basePath, CancellationToken cancellationToken)
    {
        var units = Localized(await queries.PublishedWithTranslationsAsync(UnitType, 0, MaxItems, cancellationToken), language);
        var officials = Localized(await queries.PublishedWithTranslationsAsync(OfficialType, 0, MaxItems, cancellationToken), language);
        var unitIds = units.Select(u => u.Original.ContentItemId).ToHashSet(StringComparer.Ordinal);
        var officialsByUnit = officials.ToLookup(o => o.Original.As<CanBoPart>().UnitId ?? "");
        var childrenByParent = units.ToLookup(u => u.Original.As<DonViPart>().ParentId is { } parent && unitIds.Contains(parent) ? parent : "");

        var placed = new HashSet<string>(StringComparer.Ordinal);
        var roots = Children("").ToList();
        // A unit caught in a loop of parents has no way up to a root: shown at the top rather than lost.
        roots.AddRange(units.Where(u => !placed.Contains(u.Original.ContentItemId)).Select(u => Unit(u)));
        return roots;

        List<OrgUnitViewModel> Children(string parentId) =>
            childrenByParent[parentId].OrderBy(u => u.Original.As<DonViPart>().Order).ThenBy(u => u.Shown.DisplayText, StringComparer.Ordinal)
                .Where(u => placed.Add(u.Original.ContentItemId)).Select(u => Unit(u)).ToList();

        OrgUnitViewModel Unit(LocalizedItem unit)
        {
            placed.Add(unit.Original.ContentItemId);
            var original = unit.Original.As<DonViPart>();
            var shown = unit.Shown.As<DonViPart>();
            var people = officialsByUnit[unit.Original.ContentItemId]
                .OrderBy(o => o.Original.As<CanBoPart>().Order).ThenBy(o => o.Shown.DisplayText, StringComparer.Ordinal)
                .Select(o => Official(o, unit.Shown.DisplayText, language, basePath)).ToList();
            return new OrgUnitViewModel(unit.Shown.DisplayText, unit.Shown.RoutePath is { } path ? $"{basePath}/{path}" : null, unit.Lang(language),
                shown.FunctionsHtml ?? original.FunctionsHtml, shown.Office ?? original.Office, shown.Phone ?? original.Phone, shown.Email ?? original.Email,
                people, Children(unit.Original.ContentItemId));
        }
    }

    /// <summary>Every unit of the tree, depth first (a parent before its children), for the contacts page.</summary>
    public static IEnumerable<OrgUnitViewModel> Flatten(IEnumerable<OrgUnitViewModel> units) =>
        units.SelectMany(u => Flatten(u.Children).Prepend(u));

    private static OfficialViewModel Official(LocalizedItem person, string unitTitle, string language, string basePath)
    {
        var original = person.Original.As<CanBoPart>();
        var shown = person.Shown.As<CanBoPart>();
        var photo = NewsImages.For(basePath, original.PhotoPath, shown.PhotoAlt ?? original.PhotoAlt, person.Shown.DisplayText, ImageProfile.Thumbnail);
        return new OfficialViewModel(person.Shown.DisplayText, shown.Position ?? original.Position, person.Lang(language), photo,
            shown.Phone ?? original.Phone, shown.Email ?? original.Email, shown.Office ?? original.Office,
            original.Leader, original.Spokesperson, unitTitle);
    }

    /// <summary>Originals paired with their translation into <paramref name="language"/> (or themselves, in Vietnamese).</summary>
    private static List<LocalizedItem> Localized(IReadOnlyList<ContentItem> items, string language)
    {
        var translations = items.Where(i => i.As<LocalizationPart>() is { IsTranslation: true } part && part.Culture == language)
            .GroupBy(i => i.As<LocalizationPart>().OriginalId!).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return items.Where(i => i.As<LocalizationPart>().Culture == LocalizationPart.Vietnamese)
            .Select(i => new LocalizedItem(i, translations.GetValueOrDefault(i.ContentItemId) ?? i))
            .ToList();
    }

    private sealed record LocalizedItem(ContentItem Original, ContentItem Shown)
    {
        /// <summary>"vi" when the page is in another language and this item has no translation into it.</summary>
        public string? Lang(string language) =>
            language != LocalizationPart.Vietnamese && ReferenceEquals(Original, Shown) ? LocalizationPart.Vietnamese : null;
    }
}
