using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.News;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Failures;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Data.Tenants;
using GiaVien.Cms.Media;
using GiaVien.Cms.Media.Storage;
using GiaVien.Cms.Media.Uploads;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GiaVien.Cms.Tenants.Management;

/// <summary>
/// Merges a tenant into another, as communes were merged in 2025: its published news is copied into the
/// target (new ids, the same slugs where free, in one transaction), every old path of those items is
/// recorded as a redirect to its new place, and the old tenant is disabled — still answering 301s.
/// </summary>
public sealed class TenantRetirement(
    TenantRegistry registry,
    TenantDatabase database,
    ShellHost shells,
    MediaStores mediaStores,
    IServiceScopeFactory scopes,
    ILogger<TenantRetirement> logger)
{
    /// <returns>How many news items were moved.</returns>
    public async Task<int> RetireAsync(string name, string targetName, string userName, CancellationToken cancellationToken = default)
    {
        var (old, target) = Check(name, targetName);
        try
        {
            await database.MigrateTenantAsync(old.Name, old.DatabaseProvider, cancellationToken);
        }
        catch (TenantDatabaseUnavailableException e)
        {
            throw new TenantException($"Không đọc được cơ sở dữ liệu của đơn vị \"{old.Name}\" (tệp hoặc schema không còn hoặc bị hỏng): không thể sáp nhập.", e);
        }
        var oldShell = shells.CreateUnactivated(old);
        List<ContentItemRecord> news;
        ILookup<string, string> oldPaths;
        await using (var oldDb = oldShell.CreateDbContext())
        {
            news = await oldDb.ContentItems.AsNoTracking().Where(i => i.Published && i.ContentType == NewsPart.TypeName).ToListAsync(cancellationToken);
            var ids = news.Select(n => n.ContentItemId).ToList();
            oldPaths = (await oldDb.ContentRoutes.AsNoTracking().Where(r => ids.Contains(r.ContentItemId)).ToListAsync(cancellationToken))
                .ToLookup(r => r.ContentItemId, r => r.Path);
        }

        var targetShell = await shells.GetAsync(target, cancellationToken);
        var redirects = new List<TenantRedirect>();
        await using (var scope = scopes.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ShellScope>().Enter(targetShell);
            var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
            var manager = scope.ServiceProvider.GetRequiredService<ContentManager>();
            var references = scope.ServiceProvider.GetRequiredService<StoredContentReferences>();
            var definitions = await scope.ServiceProvider.GetRequiredService<ContentDefinitionStore>().LoadAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            foreach (var record in news.OrderBy(n => n.PublishedUtc))
            {
                var item = ContentItemMapper.ToItem(record);
                var oldId = item.ContentItemId;
                item.ContentItemId = ContentManager.NewId();
                item.ContentItemVersionId = null;
                DropForeignReferences(item, definitions, references);
                var moved = await manager.CreateAsync(item, definitions, references, userName, cancellationToken);
                await CopyReferencedMediaAsync(item.Content, mediaStores.For(oldShell), mediaStores.For(targetShell), cancellationToken);
                redirects.AddRange(oldPaths[oldId].Select(path => new TenantRedirect
                {
                    TenantName = old.Name, Path = path, TargetTenant = target.Name, TargetPath = moved.RoutePath ?? "",
                }));
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await registry.RetireAsync(old.Name, target.Name, redirects, cancellationToken);
        logger.LogWarning("Tenant {TenantName} retired into {TargetTenant} by {UserName}: {NewsCount} news items moved", old.Name, target.Name, userName, news.Count);
        return news.Count;
    }

    private (TenantRecord Old, TenantRecord Target) Check(string name, string targetName)
    {
        var old = registry.Map.Find(name) ?? throw new TenantException($"Không tìm thấy đơn vị \"{name}\".");
        var target = registry.Map.Find(targetName) ?? throw new TenantException($"Không tìm thấy đơn vị nhận \"{targetName}\".", "Target");
        if (old.IsDefault || old.RetiredInto is not null || old.State is not (TenantState.Running or TenantState.Disabled))
        {
            throw new TenantException(old.IsDefault ? "Không thể sáp nhập trang của huyện." : $"Đơn vị \"{name}\" không thể sáp nhập (đã sáp nhập hoặc chưa khởi tạo).", null, isConflict: true);
        }

        if (target.Name == old.Name || target.State != TenantState.Running || target.RetiredInto is not null)
        {
            throw new TenantException("Đơn vị nhận phải là một đơn vị khác, đang hoạt động.", "Target");
        }

        return (old, target);
    }

    /// <summary>Terms and items it refers to are the old tenant's; those the target does not have are dropped rather than left dangling.</summary>
    private static void DropForeignReferences(ContentItem item, ContentDefinitions definitions, StoredContentReferences references)
    {
        if (definitions.FindType(item.ContentType) is not { } type)
        {
            return;
        }

        foreach (var (part, field, kind) in definitions.FieldsOf(type))
        {
            if (item.Part(part)?[field.Name] is JsonObject value)
            {
                kind.DropMissingReferences(field, value, references);
            }
        }
    }

    /// <summary>Media files the item refers to (any string naming a file of the old tenant's media store) go with it; the target's own files are kept.</summary>
    private static async Task CopyReferencedMediaAsync(JsonNode? content, IMediaStore from, IMediaStore to, CancellationToken cancellationToken)
    {
        foreach (var path in MediaPathsIn(content).Distinct(StringComparer.Ordinal))
        {
            if (await to.GetInfoAsync(path, cancellationToken) is not null)
            {
                continue;
            }

            await using var source = await from.OpenReadAsync(path, cancellationToken);
            if (source is not null)
            {
                await to.CreateAsync(path, source, MediaTypes.ContentTypeOf(path), cancellationToken);
            }
        }
    }

    private static IEnumerable<string> MediaPathsIn(JsonNode? node) => node switch
    {
        JsonObject obj => obj.SelectMany(p => MediaPathsIn(p.Value)),
        JsonArray array => array.SelectMany(MediaPathsIn),
        JsonValue value when value.TryGetValue<string>(out var text) && MediaPath.IsValidFile(text) => [text],
        _ => [],
    };
}
