namespace GiaVien.Cms.Documents.Extraction;

/// <summary>
/// Bounds on reading one file, so a huge or hostile upload cannot hold a background thread or fill memory: text
/// beyond <see cref="MaxCharacters"/> is not searchable anyway (the analyzer's field is cut too), and a file still
/// being read after <see cref="Timeout"/> keeps what was read by then.
/// </summary>
public sealed record ExtractionLimits
{
    public static ExtractionLimits Default { get; } = new();

    /// <summary>About 300 pages of a dense decision; the text is held in memory once, as a string.</summary>
    public int MaxCharacters { get; init; } = 1_000_000;

    public int MaxPages { get; init; } = 2_000;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);
}
