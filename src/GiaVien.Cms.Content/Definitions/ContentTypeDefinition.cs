namespace GiaVien.Cms.Content.Definitions;

/// <summary>A content type: a name, a Vietnamese display name and the parts it is made of.</summary>
public sealed record ContentTypeDefinition
{
    public required string Name { get; init; }
    public required string DisplayName { get; init; }
    public IReadOnlyList<string> Parts { get; init; } = [];

    /// <summary>First path segment of items of this type when they have an AutoroutePart ("tin-tuc").</summary>
    public string? RoutePrefix { get; init; }

    public bool Creatable { get; init; } = true;

    /// <summary>Whether the admin's content list shows items of this type (Orchard Core's meaning).</summary>
    public bool Listable { get; init; } = true;

    /// <summary>Whether the public site lists published items at the route prefix, with paging, filters and an RSS feed.</summary>
    public bool PublicList { get; init; }

    /// <summary>Whether the tenant's published items of this type may appear on the district portal.</summary>
    public bool Shareable { get; init; }
}
