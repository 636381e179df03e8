namespace GiaVien.Cms.Content.Published;

/// <summary>
/// Which fields of a part feed a list's summary of an item, each read by the rules of its slot: the lead is a text
/// field, the date a date/time field, the image a media field, the terms a taxonomy field, "shared" a boolean.
/// Registered in DI by the part (<see cref="PublishedServiceCollectionExtensions.AddContentPartSummary"/>).
/// </summary>
public sealed record PartSummaryFields(string Part)
{
    public string? Lead { get; init; }
    public string? Date { get; init; }
    public string? Image { get; init; }
    public string? Terms { get; init; }
    public string? Shared { get; init; }
}

/// <summary>Every part's summary fields, by part name.</summary>
public sealed class ContentSummaryFields(IEnumerable<PartSummaryFields> parts)
{
    private readonly Dictionary<string, PartSummaryFields> _parts = parts.ToDictionary(p => p.Part, StringComparer.Ordinal);

    public PartSummaryFields? Find(string part) => _parts.GetValueOrDefault(part);
}
