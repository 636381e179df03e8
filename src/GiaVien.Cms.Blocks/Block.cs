using System.Text.Json.Serialization;

namespace GiaVien.Cms.Blocks;

/// <summary>
/// One block of a zone, as the tenant's administrator set it up: its kind says what it shows, the other properties are
/// the kind's settings (those a kind does not use stay empty).
/// </summary>
public sealed record Block
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    /// <summary>The heading shown above the block; the kind's own name (or the type's, the category's) when empty.</summary>
    public string? Title { get; init; }

    public bool Hidden { get; init; }

    /// <summary>How many items a list shows.</summary>
    public int Count { get; init; }

    /// <summary>The slug of the category a <see cref="BlockKinds.Category"/> block lists.</summary>
    public string? Category { get; init; }

    /// <summary>The content type a <see cref="BlockKinds.LatestOfType"/> block lists (ThongBao, VanBan…).</summary>
    public string? ContentType { get; init; }

    /// <summary>The addresses of a banner or link list block, in order.</summary>
    public IReadOnlyList<BlockLink> Links { get; init; } = [];
}

/// <summary>A link of a block: a site path or an http(s) address, and for a banner the library path of its image.</summary>
public sealed record BlockLink(
    [property: JsonPropertyName("Title")] string Title,
    [property: JsonPropertyName("Url")] string Url,
    [property: JsonPropertyName("Image")] string? Image = null);
