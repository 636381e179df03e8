using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// Creates and saves versions of the current tenant's content items. Validation, NFC normalisation, HTML
/// sanitising, the version row, its category index, the change-log entry and the audit entry are written by
/// one SaveChanges: all or nothing.
/// </summary>
public sealed class ContentManager(
    CmsDbContext db,
    ContentVersions versions,
    ContentRoutes routes,
    ContentPublisher publisher,
    ContentAudit audit,
    TimeProvider clock)
{
    /// <summary>Creates an item (version 1), published at once when <see cref="ContentItem.Published"/> is set (recipes, API).</summary>
    public async Task<ContentItem> CreateAsync(ContentItem item, ContentDefinitions definitions, IContentReferences references, string userName, CancellationToken cancellationToken = default)
    {
        if (await db.ContentItems.AnyAsync(i => i.ContentItemId == item.ContentItemId, cancellationToken))
        {
            throw new ContentException($"Đã có nội dung mang mã \"{item.ContentItemId}\".");
        }

        var publish = item.Published;
        var record = await AddVersionAsync(item, previous: null, definitions, references, userName, cancellationToken);
        audit.Add(userName, "Created", item.ContentItemId, item.DisplayText);
        if (publish)
        {
            await publisher.PublishVersionAsync(record, userName, item.PublishedUtc, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return ContentItemMapper.ToItem(record);
    }

    /// <summary>
    /// Saves <paramref name="item"/> as a new draft version. <paramref name="expectedNumber"/> is the version the
    /// editor started from: if someone saved since, nothing is written and <see cref="ContentConflictException"/> is thrown.
    /// </summary>
    public async Task<ContentItem> SaveDraftAsync(ContentItem item, int expectedNumber, ContentDefinitions definitions, IContentReferences references, string userName, CancellationToken cancellationToken = default)
    {
        var latest = await versions.LiveLatestAsync(item.ContentItemId, cancellationToken);
        if (latest.Number != expectedNumber)
        {
            throw new ContentConflictException(latest.Number, latest.Author);
        }

        item.ContentType = latest.ContentType;
        var record = await AddVersionAsync(item, latest, definitions, references, userName, cancellationToken);
        audit.Add(userName, "Saved", item.ContentItemId, $"Phiên bản {record.Number}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two saves from the same starting version raced; the unique (item, number) index let one through.
            var winner = await versions.HistoryAsync(item.ContentItemId, cancellationToken);
            throw new ContentConflictException(winner[0].Number, winner[0].Author);
        }

        return ContentItemMapper.ToItem(record);
    }

    /// <summary>Makes an old version the content of a new draft (history: "Khôi phục").</summary>
    public async Task<ContentItem> RestoreVersionAsync(string contentItemId, string contentItemVersionId, int expectedNumber, ContentDefinitions definitions, IContentReferences references, string userName, CancellationToken cancellationToken = default)
    {
        var old = await versions.VersionAsync(contentItemVersionId, cancellationToken);
        if (old is null || old.ContentItemId != contentItemId)
        {
            throw new ContentNotFoundException(contentItemVersionId);
        }

        var item = ContentItemMapper.ToItem(old);
        return await SaveDraftAsync(item, expectedNumber, definitions, references, userName, cancellationToken);
    }

    /// <summary>
    /// A title is one plain line shown in lists, feeds, search results and the browser's tab, where an invisible
    /// direction control only serves to make it read as something else; body HTML keeps them (a quotation may need one).
    /// </summary>
    private static void StripDirectionControlsFromTitle(ContentItem item)
    {
        if (item.Title is { } title && Data.Text.BidiControls.Strip(title) is var plain && plain != title)
        {
            item.Part(BuiltInParts.Title)![nameof(ContentItem.Title)] = plain;
        }
    }

    /// <summary>A new opaque, URL-safe, time-ordered id.</summary>
    public static string NewId() => Guid.CreateVersion7().ToString("N");

    private async Task<ContentItemRecord> AddVersionAsync(ContentItem item, ContentItemRecord? previous, ContentDefinitions definitions, IContentReferences references, string userName, CancellationToken cancellationToken)
    {
        TextNormalizer.NormalizeStrings(item.Content);
        StripDirectionControlsFromTitle(item);
        var errors = ContentItemValidator.Validate(item, definitions, references);
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }

        var type = definitions.FindType(item.ContentType)!;
        PrepareFields(item, type, definitions);
        item.DisplayText = item.Title ?? item.DisplayText;
        if (type.Parts.Contains(BuiltInParts.Autoroute))
        {
            item.Content[BuiltInParts.Autoroute] = new JsonObject { ["Path"] = await routes.ChoosePathAsync(item, type, cancellationToken) };
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (previous is not null)
        {
            previous.Latest = false;
        }

        var record = new ContentItemRecord
        {
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = NewId(),
            Number = (previous?.Number ?? 0) + 1,
            ContentType = item.ContentType,
            DisplayText = item.DisplayText,
            Latest = true,
            Owner = previous?.Owner ?? item.Owner ?? userName,
            Author = userName,
            CreatedUtc = previous?.CreatedUtc ?? now,
            DisplayDateUtc = DisplayDates.EditorsDate(item),
            ModifiedUtc = now,
            WorkflowState = WorkflowState.Draft,
            ScheduledPublishUtc = previous?.ScheduledPublishUtc,
            ScheduledUnpublishUtc = previous?.ScheduledUnpublishUtc,
            PinnedUtc = previous?.PinnedUtc,
            PinnedUntilUtc = previous?.PinnedUntilUtc,
            TranslationOf = item.As<Parts.LocalizationPart>().TranslationOf,
            Data = item.Content.ToJsonString(),
            Terms = TermIds(item, type, definitions).Select(t => new ContentItemTerm { TermContentItemId = t }).ToList(),
        };
        db.ContentItems.Add(record);
        return record;
    }

    private static IEnumerable<string> TermIds(ContentItem item, ContentTypeDefinition type, ContentDefinitions definitions) =>
        definitions.FieldsOf(type)
            .SelectMany(f => item.Part(f.Part)?[f.Field.Name] is JsonObject value ? f.Kind.TermIds(value) : [])
            .Distinct();

    /// <summary>Each field kind cleans its valid value before it is stored (HTML is sanitised); errors name the field.</summary>
    private static void PrepareFields(ContentItem item, ContentTypeDefinition type, ContentDefinitions definitions)
    {
        foreach (var (part, field, kind) in definitions.FieldsOf(type))
        {
            if (item.Part(part)?[field.Name] is JsonObject value)
            {
                try
                {
                    kind.Prepare(value);
                }
                catch (ContentValidationException e)
                {
                    throw new ContentValidationException(e.Errors.Select(error => error with { Path = $"{part}.{field.Name}" }).ToList());
                }
            }
        }
    }
}
