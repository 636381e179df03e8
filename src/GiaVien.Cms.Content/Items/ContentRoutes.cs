using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Parts;
using GiaVien.Cms.Content.Text;
using GiaVien.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Content.Items;

/// <summary>Chooses an item's public path: its own slug if given, else one made from its Vietnamese title; unique in the tenant.</summary>
public sealed class ContentRoutes(CmsDbContext db)
{
    public async Task<string> ChoosePathAsync(ContentItem item, ContentTypeDefinition type, CancellationToken cancellationToken)
    {
        var requested = item.RoutePath;
        var slug = string.IsNullOrWhiteSpace(requested)
            ? VietnameseText.Slugify(item.DisplayText)
            : string.Join('/', requested.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => VietnameseText.Slugify(s)));
        if (slug.Length == 0)
        {
            slug = item.ContentItemId.ToLowerInvariant();
        }

        var basePath = string.IsNullOrWhiteSpace(requested) && type.RoutePrefix is { Length: > 0 } prefix ? $"{prefix}/{slug}" : slug;
        // A translation answers under its language's prefix (/en/…) whatever the editor typed as its slug.
        if (item.As<LocalizationPart>().PathPrefix is { } language && !basePath.StartsWith(language + "/", StringComparison.Ordinal))
        {
            basePath = $"{language}/{basePath}";
        }

        return await UniqueAsync(basePath, item.ContentItemId, cancellationToken);
    }

    /// <summary><paramref name="path"/>, or path-2, path-3… if another item of the tenant already answers on it.</summary>
    public async Task<string> UniqueAsync(string path, string contentItemId, CancellationToken cancellationToken)
    {
        var candidate = path;
        for (var n = 2; await IsTakenAsync(candidate, contentItemId, cancellationToken); n++)
        {
            candidate = $"{path}-{n}";
        }

        return candidate;
    }

    private Task<bool> IsTakenAsync(string path, string contentItemId, CancellationToken cancellationToken) =>
        db.ContentRoutes.AnyAsync(r => r.Path == path && r.ContentItemId != contentItemId, cancellationToken);
}
