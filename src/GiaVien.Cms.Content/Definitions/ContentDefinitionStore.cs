using System.Text.Json;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Data;
using GiaVien.Cms.Data.Content;
using GiaVien.Cms.Tenants;
using GiaVien.Cms.Tenants.Caching;
using Microsoft.EntityFrameworkCore;

namespace GiaVien.Cms.Content.Definitions;

/// <summary>
/// Reads and writes the tenant's content type and part definitions. What pages ask on every render (the definitions in
/// use, the switched-off route prefixes) is kept in <paramref name="cache"/> until the tenant's next public change:
/// saving a definition and switching a feature are such changes.
/// </summary>
public sealed class ContentDefinitionStore(TenantDb tenantDb, ContentFieldKinds kinds, IEnumerable<IHiddenContentTypes> hiddenTypes, PublicReadCache? cache = null)
{
    private CmsDbContext Db => tenantDb.Context;

    // A rough weight per definition in the cache: they are a few hundred bytes of JSON each.
    private const long BytesPerDefinition = 4096;

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    /// <summary>The definitions editors, lists and the API work with: types a module has switched off are left out.</summary>
    public Task<ContentDefinitions> LoadAsync(CancellationToken cancellationToken = default) =>
        cache.ReadThroughAsync(tenantDb, "definitions.visible", async () => await LoadAsync(await HiddenTypesAsync(cancellationToken), cancellationToken),
            definitions => BytesPerDefinition * definitions.Types.Count());

    /// <summary>The names of the types a module has switched off (a disabled feature's).</summary>
    public Task<HashSet<string>> HiddenTypesAsync(CancellationToken cancellationToken = default) => hiddenTypes.CollectAsync(Db, cancellationToken);

    /// <summary>The tenant's types that are switched off, kept like the definitions: the search page leaves them out of every search.</summary>
    public Task<IReadOnlySet<string>> HiddenTypeNamesAsync(CancellationToken cancellationToken = default) =>
        cache.ReadThroughAsync(tenantDb, "definitions.hidden-types", () => ReadHiddenTypeNamesAsync(cancellationToken), names => BytesPerDefinition * (names.Count + 1));

    private async Task<IReadOnlySet<string>> ReadHiddenTypeNamesAsync(CancellationToken cancellationToken)
    {
        var hidden = await HiddenTypesAsync(cancellationToken);
        return hidden.Count == 0 ? hidden
            : (await LoadAllAsync(cancellationToken)).Types.Select(t => t.Name).Where(hidden.Contains).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The route prefixes of the switched-off types, whose public paths and links must not show.</summary>
    public Task<IReadOnlySet<string>> HiddenRoutePrefixesAsync(CancellationToken cancellationToken = default) =>
        cache.ReadThroughAsync(tenantDb, "definitions.hidden-prefixes", () => ReadHiddenRoutePrefixesAsync(cancellationToken), prefixes => BytesPerDefinition * (prefixes.Count + 1));

    private async Task<IReadOnlySet<string>> ReadHiddenRoutePrefixesAsync(CancellationToken cancellationToken)
    {
        var hidden = await HiddenTypesAsync(cancellationToken);
        if (hidden.Count == 0)
        {
            return hidden;
        }

        var names = hidden.ToList();
        var records = await Db.ContentDefinitions.AsNoTracking().Where(r => r.Kind == ContentDefinitionKind.Type && names.Contains(r.Name)).ToListAsync(cancellationToken);
        return records.Select(r => JsonSerializer.Deserialize<ContentTypeDefinition>(r.Definition, Json)!.RoutePrefix).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every definition stored, switched off or not (what a recipe updates).</summary>
    public Task<ContentDefinitions> LoadAllAsync(CancellationToken cancellationToken = default) =>
        LoadAsync(new HashSet<string>(), cancellationToken);

    private async Task<ContentDefinitions> LoadAsync(HashSet<string> hidden, CancellationToken cancellationToken)
    {
        var records = await Db.ContentDefinitions.AsNoTracking().ToListAsync(cancellationToken);
        return new ContentDefinitions(
            records.Where(r => r.Kind == ContentDefinitionKind.Type && !hidden.Contains(r.Name)).Select(r => JsonSerializer.Deserialize<ContentTypeDefinition>(r.Definition, Json)!),
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
        var record = await Db.ContentDefinitions.FindAsync([kind, name], cancellationToken);
        if (record is null)
        {
            Db.ContentDefinitions.Add(new ContentDefinitionRecord { Kind = kind, Name = name, DisplayName = displayName, Definition = json });
            return;
        }

        record.DisplayName = displayName;
        record.Definition = json;
    }
}
