using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Auditing;
using GiaVien.Cms.Data.Content;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// Creates content items of the current tenant. Validation, NFC normalisation, HTML sanitising, the route,
/// the version row, the change-log entry and the audit entry are written by one SaveChanges: all or nothing.
/// </summary>
public sealed class ContentManager(CmsDbContext db, ContentRoutes routes, BodySanitizer sanitizer, TimeProvider clock)
{
    public async Task<ContentItem> CreateAsync(ContentItem item, ContentDefinitions definitions, IContentReferences references, string userName, CancellationToken cancellationToken = default)
    {
        TextNormalizer.NormalizeStrings(item.Content);
        var errors = ContentItemValidator.Validate(item, definitions, references);
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        var type = definitions.FindType(item.ContentType)!;
        SanitizeHtmlFields(item, type, definitions);
        var now = clock.GetUtcNow().UtcDateTime;
        item.DisplayText = item.Title ?? item.DisplayText;
        item.ContentItemVersionId = NewId();
        item.CreatedUtc = now;
        item.ModifiedUtc = now;
        item.Latest = true;
        item.Owner ??= userName;
        if (item.Published)
        {
            item.PublishedUtc ??= now;
        }

        if (type.Parts.Contains(BuiltInParts.Autoroute))
        {
            var path = await routes.ChoosePathAsync(item, type, cancellationToken);
            item.Content[BuiltInParts.Autoroute] = new JsonObject { ["Path"] = path };
            db.ContentRoutes.Add(new ContentRoute { Path = path, ContentItemId = item.ContentItemId, IsCanonical = true });
        }

        db.ContentItems.Add(ToRecord(item));
        db.AuditTrail.Add(new AuditEntry { Utc = now, UserName = userName, Action = "Created", ContentItemId = item.ContentItemId, Details = item.DisplayText });
        if (item.Published)
        {
            db.ChangeLog.Add(new ChangeLogEntry { ContentItemId = item.ContentItemId, ContentItemVersionId = item.ContentItemVersionId, Operation = ChangeOperation.Publish, Utc = now });
            db.AuditTrail.Add(new AuditEntry { Utc = now, UserName = userName, Action = "Published", ContentItemId = item.ContentItemId });
        }

        await db.SaveChangesAsync(cancellationToken);
        return item;
    }

    /// <summary>Takes the item off the public site; its versions stay. Change log and audit in the same SaveChanges.</summary>
    public async Task UnpublishAsync(string contentItemId, string userName, CancellationToken ct = default)
    {
        var published = await db.ContentItems.Where(i => i.ContentItemId == contentItemId && i.Published).ToListAsync(ct);
        if (published.Count == 0)
        {
            return;
        }

        published.ForEach(i => i.Published = false);
        Log(contentItemId, ChangeOperation.Unpublish, "Unpublished", userName);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Removes the item, its versions and its routes. Change log and audit in the same SaveChanges.</summary>
    public async Task DeleteAsync(string contentItemId, string userName, CancellationToken ct = default)
    {
        db.ContentItems.RemoveRange(await db.ContentItems.Where(i => i.ContentItemId == contentItemId).ToListAsync(ct));
        db.ContentRoutes.RemoveRange(await db.ContentRoutes.Where(r => r.ContentItemId == contentItemId).ToListAsync(ct));
        Log(contentItemId, ChangeOperation.Delete, "Deleted", userName);
        await db.SaveChangesAsync(ct);
    }

    private void Log(string contentItemId, ChangeOperation operation, string action, string userName)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.ChangeLog.Add(new ChangeLogEntry { ContentItemId = contentItemId, Operation = operation, Utc = now });
        db.AuditTrail.Add(new AuditEntry { Utc = now, UserName = userName, Action = action, ContentItemId = contentItemId });
    }

    /// <summary>Whether an item with this id exists in the tenant (any version).</summary>
    public Task<bool> ExistsAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        db.ContentItems.AnyAsync(i => i.ContentItemId == contentItemId, cancellationToken);

    /// <summary>A new opaque, URL-safe, time-ordered id.</summary>
    public static string NewId() => Guid.CreateVersion7().ToString("N");

    private void SanitizeHtmlFields(ContentItem item, ContentTypeDefinition type, ContentDefinitions definitions)
    {
        foreach (var part in type.Parts.Select(definitions.FindPart).OfType<ContentPartDefinition>())
        {
            foreach (var field in part.Fields.Where(f => f.Kind == FieldKind.Html))
            {
                if (item.Part(part.Name)?[field.Name] is JsonObject value && value["Html"] is JsonValue html)
                {
                    value["Html"] = sanitizer.Sanitize(html.GetValue<string>());
                }
            }
        }
    }

    private static ContentItemRecord ToRecord(ContentItem item) => new()
    {
        ContentItemId = item.ContentItemId,
        ContentItemVersionId = item.ContentItemVersionId!,
        ContentType = item.ContentType,
        DisplayText = item.DisplayText,
        Published = item.Published,
        Latest = item.Latest,
        Owner = item.Owner,
        CreatedUtc = item.CreatedUtc,
        ModifiedUtc = item.ModifiedUtc,
        PublishedUtc = item.PublishedUtc,
        Data = item.Content.ToJsonString(),
    };
}
