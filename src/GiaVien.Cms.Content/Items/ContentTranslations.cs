using GiaVien.Cms.Content.Parts;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Caching;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Content.Items;

/// <summary>One published language version of an item: its culture and public path.</summary>
public sealed record TranslationVersion(string Language, string Path);

/// <summary>
/// The published language versions of items linked by <see cref="LocalizationPart"/>: an original and the
/// translations that name it. Versions are listed Vietnamese first, one per language. An item's family is kept in the
/// tenant's read cache until its next public change (every article page asks).
/// </summary>
public sealed class ContentTranslations(TenantDb tenantDb, PublicReadCache? cache = null)
{
    private CmsDbContext Db => tenantDb.Context;

    /// <summary>Every version of <paramref name="item"/>'s family, itself included; empty when it has no other language.</summary>
    public async Task<IReadOnlyList<TranslationVersion>> VersionsAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        var part = StoredParts.Of<LocalizationPart>(item);
        var originalId = part.IsTranslation ? part.OriginalId! : item.ContentItemId;
        return await cache.ReadThroughAsync(tenantDb, PublicReadCache.Key("translations.family", originalId), async () =>
        {
            var family = (await Published().Where(i => i.ContentItemId == originalId || i.TranslationOf == originalId).ToListAsync(cancellationToken))
                .Select(ContentItemMapper.ToItem).ToList();
            return (IReadOnlyList<TranslationVersion>)Versions(family);
        }, versions => 64 + versions.Sum(v => 64 + (v.Language.Length + v.Path.Length) * 2L));
    }

    /// <summary>For sitemap.xml: each path that has another language, with all the versions of its family.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<TranslationVersion>>> AllAsync(CancellationToken cancellationToken = default)
    {
        var translations = (await Published().Where(i => i.TranslationOf != null).ToListAsync(cancellationToken))
            .Select(ContentItemMapper.ToItem).ToList();
        var originalIds = translations.Select(t => t.As<LocalizationPart>().OriginalId!).Distinct().ToList();
        var originals = (await Published().Where(i => originalIds.Contains(i.ContentItemId)).ToListAsync(cancellationToken)).Select(ContentItemMapper.ToItem);
        var byPath = new Dictionary<string, IReadOnlyList<TranslationVersion>>(StringComparer.Ordinal);
        foreach (var original in originals)
        {
            var versions = Versions([original, .. translations.Where(t => t.As<LocalizationPart>().OriginalId == original.ContentItemId)]);
            foreach (var version in versions)
            {
                byPath[version.Path] = versions;
            }
        }

        return byPath;
    }

    private IQueryable<ContentItemRecord> Published() => Db.ContentItems.AsNoTracking().Where(i => i.Published && i.DeletedUtc == null);

    private static List<TranslationVersion> Versions(IEnumerable<ContentItem> family)
    {
        var versions = family.Where(i => i.RoutePath is not null)
            .Select(i => new TranslationVersion(i.As<LocalizationPart>().Culture, i.RoutePath!))
            .DistinctBy(v => v.Language)
            .OrderBy(v => v.Language == LocalizationPart.Vietnamese ? 0 : 1).ThenBy(v => v.Language, StringComparer.Ordinal)
            .ToList();
        return versions.Count > 1 ? versions : [];
    }
}
