using GiaVien.Cms.Content.Definitions;

namespace GiaVien.Cms.Content.Admin.Pages.Admin.Types;

/// <summary>What the type editor posts: the settings of one content type, kept as typed when a save is refused.</summary>
public sealed class TypeForm
{
    public string? Name { get; set; }
    public string? DisplayName { get; set; }
    public string? RoutePrefix { get; set; }
    public bool Creatable { get; set; } = true;
    public bool Listable { get; set; } = true;
    public bool PublicList { get; set; }
    public bool Shareable { get; set; }

    /// <summary>
    /// Parts besides the title, which every type has (the editor always asks for a title). Empty by default: a form
    /// with every box unticked posts none, and must not get a part back.
    /// </summary>
    public List<string> Parts { get; set; } = [];

    /// <summary>On creation: give the type a part of its own, "{Name}Part", to which fields are then added.</summary>
    public bool NewPart { get; set; } = true;

    /// <summary>What a new type starts with: a public address and a part of its own.</summary>
    public static TypeForm New() => new() { Parts = [BuiltInParts.Autoroute] };

    public string OwnPartName => $"{Name?.Trim()}Part";

    public static TypeForm From(ContentTypeDefinition type) => new()
    {
        Name = type.Name,
        DisplayName = type.DisplayName,
        RoutePrefix = type.RoutePrefix,
        Creatable = type.Creatable,
        Listable = type.Listable,
        PublicList = type.PublicList,
        Shareable = type.Shareable,
        Parts = type.Parts.Where(p => p != BuiltInParts.Title).ToList(),
        NewPart = false,
    };

    public ContentTypeDefinition ToDefinition(bool withOwnPart) => new()
    {
        Name = Name?.Trim() ?? "",
        DisplayName = DisplayName?.Trim() ?? "",
        RoutePrefix = string.IsNullOrWhiteSpace(RoutePrefix) ? null : RoutePrefix.Trim(),
        Creatable = Creatable,
        Listable = Listable,
        PublicList = PublicList,
        Shareable = Shareable,
        Parts = [BuiltInParts.Title, .. Parts.Where(p => p != BuiltInParts.Title).Distinct(StringComparer.Ordinal), .. withOwnPart ? [OwnPartName] : Array.Empty<string>()],
    };
}
