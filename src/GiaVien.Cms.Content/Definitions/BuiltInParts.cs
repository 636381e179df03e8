namespace GiaVien.Cms.Content.Definitions;

/// <summary>Parts whose behaviour is built into the content manager, as in Orchard Core.</summary>
public static class BuiltInParts
{
    public const string Title = "TitlePart";
    public const string Autoroute = "AutoroutePart";
    public const string PublishLater = "PublishLaterPart";
    public const string Taxonomy = "TaxonomyPart";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Title, Autoroute, PublishLater, Taxonomy };
}
