namespace GiaVien.Cms.Content.Definitions;

/// <summary>A tenant's content types and parts, looked up by name.</summary>
public sealed class ContentDefinitions
{
    private readonly Dictionary<string, ContentTypeDefinition> _types;
    private readonly Dictionary<string, ContentPartDefinition> _parts;

    public ContentDefinitions(IEnumerable<ContentTypeDefinition> types, IEnumerable<ContentPartDefinition> parts)
    {
        _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
        _parts = parts.ToDictionary(p => p.Name, StringComparer.Ordinal);
    }

    public IEnumerable<ContentTypeDefinition> Types => _types.Values;

    public ContentTypeDefinition? FindType(string name) => _types.GetValueOrDefault(name);

    public ContentPartDefinition? FindPart(string name) => _parts.GetValueOrDefault(name);

    /// <summary>These definitions with <paramref name="types"/> and <paramref name="parts"/> added or replacing same-named ones.</summary>
    public ContentDefinitions With(IEnumerable<ContentTypeDefinition> types, IEnumerable<ContentPartDefinition> parts) =>
        new(_types.Values.Concat(types).GroupBy(t => t.Name).Select(g => g.Last()),
            _parts.Values.Concat(parts).GroupBy(p => p.Name).Select(g => g.Last()));
}
