namespace GiaVien.Cms.Content.Fields;

/// <summary>The field kinds registered in DI, by name.</summary>
public sealed class ContentFieldKinds
{
    private readonly Dictionary<string, ContentFieldKind> _kinds;

    public ContentFieldKinds(IEnumerable<ContentFieldKind> kinds)
    {
        _kinds = kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);
    }

    public IEnumerable<ContentFieldKind> All => _kinds.Values;

    public ContentFieldKind? Find(string? name) => name is null ? null : _kinds.GetValueOrDefault(name);
}
