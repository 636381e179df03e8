namespace GiaVien.Cms.Content.Fields;

/// <summary>
/// What a field kind needs to turn its value into what a Liquid view sees: the site's path base for URLs, and the
/// published items the item's pickers link to (by id), which the page reads beforehand.
/// </summary>
public sealed record FieldDisplayContext(string BasePath)
{
    public IReadOnlyDictionary<string, LinkedItem> Linked { get; init; } = new Dictionary<string, LinkedItem>();
}

/// <summary>A published item another item links to, as a view shows it.</summary>
public sealed record LinkedItem(string Title, string Url);
