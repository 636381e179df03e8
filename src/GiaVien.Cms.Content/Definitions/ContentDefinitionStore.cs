using System.Text.Json;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Content.Definitions;

/// <summary>Reads and writes the tenant's content type and part definitions.</summary>
public sealed class ContentDefinitionStore(CmsDbContext db, ContentFieldKinds kinds)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public async Task<ContentDefinitions> LoadAsync(CancellationToken cancellationToken = default)
    {
        var records = await db.ContentDefinitions.AsNoTracking().ToListAsync(cancellationToken);
        return new ContentDefinitions(
            records.Where(r => r.Kind == ContentDefinitionKind.Type).Select(r => JsonSerializer.Deserialize<ContentTypeDefinition>(r.Definition, Json)!),
            records.Where(r => r.Kind == ContentDefinitionKind.Part).Select(r => JsonSerializer.Deserialize<ContentPartDefinition>(r.Definition, Json)!),
            kinds);
    }

    /// <summary>Adds or replaces definitions; saved with the caller's next SaveChanges.</summary>
    public async Task StageAsync(IEnumerable<ContentTypeDefinition> types, IEnumerable<ContentPartDefinition> parts, CancellationToken cancellationToken = default)
    {
        foreach (var type in types)
        {
            await UpsertAsync(ContentDefinitionKind.Type, type.Name, type.DisplayName, JsonSerializer.Serialize(type, Json), cancellationToken);
        }

        foreach (var part in parts)
        {
            await UpsertAsync(ContentDefinitionKind.Part, part.Name, part.DisplayName ?? part.Name, JsonSerializer.Serialize(part, Json), cancellationToken);
        }
    }

    private async Task UpsertAsync(ContentDefinitionKind kind, string name, string displayName, string json, CancellationToken cancellationToken)
    {
        var record = await db.ContentDefinitions.FindAsync([kind, name], cancellationToken);
        if (record is null)
        {
            db.ContentDefinitions.Add(new ContentDefinitionRecord { Kind = kind, Name = name, DisplayName = displayName, Definition = json });
            return;
        }

        record.DisplayName = displayName;
        record.Definition = json;
    }
}
