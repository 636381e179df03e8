using GiaVien.Cms.Data.Content;

namespace GiaVien.Cms.Content.Items;

/// <summary>Converts between the stored row and the module-facing <see cref="ContentItem"/>.</summary>
public static class ContentItemMapper
{
    public static ContentItem ToItem(ContentItemRecord record) => new()
    {
        ContentItemId = record.ContentItemId,
        ContentItemVersionId = record.ContentItemVersionId,
        ContentType = record.ContentType,
        DisplayText = record.DisplayText,
        Published = record.Published,
        Latest = record.Latest,
        Owner = record.Owner,
        CreatedUtc = DateTime.SpecifyKind(record.CreatedUtc, DateTimeKind.Utc),
        ModifiedUtc = DateTime.SpecifyKind(record.ModifiedUtc, DateTimeKind.Utc),
        PublishedUtc = record.PublishedUtc is { } p ? DateTime.SpecifyKind(p, DateTimeKind.Utc) : null,
        // Content is parsed from it when first read (see ContentItem.Content).
        StoredJson = record.Data,
    };
}
