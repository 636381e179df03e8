using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Data;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Procedures.Import;

/// <summary>
/// Checks spreadsheet rows against the tenant's procedure type and its existing procedures, writing nothing: each row
/// becomes the item it would be saved as and goes through the same validation as the editor's save, plus the checks
/// only a spreadsheet needs (a code twice in the file, an online address that is not a web address).
/// </summary>
public sealed class ProcedureImportPreview(ContentDefinitionStore definitionStore, CmsDbContext db, StoredContentReferences references)
{
    /// <summary>The preview, or null when the tenant has no procedure type (the feature is off).</summary>
    public async Task<ProcedurePreview?> BuildAsync(IReadOnlyList<ProcedureRow> rows, CancellationToken cancellationToken)
    {
        var definitions = await definitionStore.LoadAsync(cancellationToken);
        if (definitions.FindType(ProceduresFeature.ContentType) is not { } type)
        {
            return null;
        }

        var fields = definitions.FieldsOf(type).Where(f => f.Part == ProceduresFeature.Part).ToDictionary(f => f.Field.Name, StringComparer.Ordinal);
        var existing = await CurrentByCodeAsync(cancellationToken);
        var firstRowOfCode = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var preview = new List<ProcedurePreviewRow>();
        foreach (var row in rows)
        {
            var errors = new List<string>();
            var current = existing.GetValueOrDefault(row.Code);
            if (row.Code.Length > 0 && !firstRowOfCode.TryAdd(row.Code, row.RowNumber))
            {
                errors.Add($"Mã thủ tục “{row.Code}” đã có ở dòng {firstRowOfCode[row.Code]} của bảng tính.");
            }

            var item = Build(row, current?.Item, fields);
            errors.AddRange(ContentItemValidator.Validate(item, definitions, references).Select(e => e.Message));
            if (row.Values.GetValueOrDefault("PortalUrl") is { Length: > 0 } url && !IsWebAddress(url))
            {
                errors.Add("“Địa chỉ nộp trực tuyến” phải là một địa chỉ web đầy đủ, bắt đầu bằng https://.");
            }

            var action = current is null ? ProcedureImportAction.Create
                : current.Item.Published && JsonNode.DeepEquals(current.Item.Content, item.Content) ? ProcedureImportAction.Unchanged
                : ProcedureImportAction.Update;
            preview.Add(new ProcedurePreviewRow(row, item, current?.Version, action, errors));
        }

        return new ProcedurePreview(preview);
    }

    /// <summary>The item the row becomes: the current one's content (its other fields kept) with each column written over it.</summary>
    private static ContentItem Build(ProcedureRow row, ContentItem? current, Dictionary<string, (string Part, ContentFieldDefinition Field, Content.Fields.ContentFieldKind Kind)> fields)
    {
        var content = current?.Content.DeepClone().AsObject() ?? [];
        var part = content[ProceduresFeature.Part] as JsonObject ?? [];
        content[ProceduresFeature.Part] = part;
        foreach (var (name, text) in row.Values)
        {
            if (name == ProcedureColumns.TitleField)
            {
                content[BuiltInParts.Title] = new JsonObject { ["Title"] = text };
            }
            else if (fields.TryGetValue(name, out var field))
            {
                part[name] = new JsonObject { [field.Kind.ValueKey] = text.Length == 0 ? null : AsOption(text, field.Field) };
            }
        }

        return new ContentItem
        {
            ContentItemId = current?.ContentItemId ?? ContentManager.NewId(),
            ContentType = ProceduresFeature.ContentType,
            DisplayText = row.Values.GetValueOrDefault(ProcedureColumns.TitleField) ?? current?.DisplayText ?? "",
            Published = true,
            Content = content,
        };
    }

    /// <summary>"cấp xã" typed in a sheet is the option "Cấp xã"; text that matches no option stays, for the validator to name.</summary>
    private static string AsOption(string text, ContentFieldDefinition field) =>
        field.Options.FirstOrDefault(o => string.Equals(o, text, StringComparison.OrdinalIgnoreCase)) ?? text;

    private static bool IsWebAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private sealed record Current(ContentItem Item, int Version);

    /// <summary>The latest version of every procedure not in the trash, by code (the newest wins if two share one).</summary>
    private async Task<Dictionary<string, Current>> CurrentByCodeAsync(CancellationToken cancellationToken)
    {
        var records = await db.ContentItems.AsNoTracking()
            .Where(i => i.ContentType == ProceduresFeature.ContentType && i.Latest && i.DeletedUtc == null)
            .OrderBy(i => i.CreatedUtc)
            .ToListAsync(cancellationToken);
        var byCode = new Dictionary<string, Current>(StringComparer.OrdinalIgnoreCase);
        foreach (var record in records)
        {
            var item = ContentItemMapper.ToItem(record);
            if (item.Part(ProceduresFeature.Part)?["Code"]?["Text"]?.GetValue<string>() is { Length: > 0 } code)
            {
                byCode[code] = new Current(item, record.Number);
            }
        }

        return byCode;
    }
}
