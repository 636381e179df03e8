using GiaVien.Cms.Content.Fields;

namespace GiaVien.Cms.Content.Definitions;

/// <summary>A tenant's content types and parts, looked up by name, with the field kinds that give their fields behaviour.</summary>
public sealed class ContentDefinitions
{
    private readonly Dictionary<string, ContentTypeDefinition> _types;
    private readonly Dictionary<string, ContentPartDefinition> _parts;

    public ContentDefinitions(IEnumerable<ContentTypeDefinition> types, IEnumerable<ContentPartDefinition> parts, ContentFieldKinds kinds)
    {
        Kinds = kinds;
        _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _parts = parts.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public ContentFieldKinds Kinds { get; }

    public IEnumerable<ContentTypeDefinition> Types => _types.Values;

    public ContentTypeDefinition? FindType(string name) => _types.GetValueOrDefault(name);

    public ContentPartDefinition? FindPart(string name) => _parts.GetValueOrDefault(name);

    /// <summary>The behaviour of <paramref name="field"/>, or null when its kind is not registered.</summary>
    public ContentFieldKind? KindOf(ContentFieldDefinition field) => Kinds.Find(field.Kind);

    /// <summary>The fields of <paramref name="type"/>'s field parts, each with its part name and kind (fields of unknown kinds are left out).</summary>
    public IEnumerable<(string Part, ContentFieldDefinition Field, ContentFieldKind Kind)> FieldsOf(ContentTypeDefinition type) =>
        type.Parts.Select(FindPart).OfType<ContentPartDefinition>()
            .SelectMany(part => part.Fields.Select(field => (Part: part.Name, Field: field, Kind: KindOf(field))))
            .Where(f => f.Kind is not null)
            .Select(f => (f.Part, f.Field, f.Kind!));

    /// <summary>These definitions with <paramref name="types"/> and <paramref name="parts"/> added or replacing same-named ones.</summary>
    public ContentDefinitions With(IEnumerable<ContentTypeDefinition> types, IEnumerable<ContentPartDefinition> parts) =>
        new(_types.Values.Concat(types).GroupBy(t => t.Name).Select(g => g.Last()),
            _parts.Values.Concat(parts).GroupBy(p => p.Name).Select(g => g.Last()), Kinds);
}
