using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Parts;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// A content item as modules see it: identity and status, plus its parts as JSON, keyed by part name
/// (<c>{"TitlePart":{"Title":"…"},"PagePart":{"Body":{"Html":"…"}}}</c>), as in Orchard Core; typed parts
/// are read with <see cref="As{TPart}"/>.
/// </summary>
public sealed class ContentItem
{
    public required string ContentItemId { get; set; }
    public required string ContentType { get; set; }
    public string? ContentItemVersionId { get; set; }
    public string DisplayText { get; set; } = "";
    public bool Published { get; set; }
    public bool Latest { get; set; }
    public string? Owner { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
    private JsonObject? _content;

    /// <summary>
    /// The parts. An item read from its row is parsed here on first use, not when it is read: a public page whose parts
    /// come from <see cref="StoredParts"/> (decoded once per stored version) never builds the whole tree, the body
    /// included, on every request.
    /// </summary>
    public JsonObject Content
    {
        get => _content ??= StoredJson is { } stored ? JsonNode.Parse(stored) as JsonObject ?? [] : [];
        set => _content = value;
    }

    /// <summary>
    /// The stored JSON <see cref="Content"/> was parsed from: the very string of the row (which the tenant's read cache
    /// keeps until its next public change), so <see cref="StoredParts"/> can decode a part once per stored version. Null
    /// for an item built in code.
    /// </summary>
    public string? StoredJson { get; init; }

    public JsonObject? Part(string name) => Content[name] as JsonObject;

    /// <summary>The part <typeparamref name="TPart"/> read through its own class (its empty value when the item lacks it).</summary>
    public TPart As<TPart>()
        where TPart : IContentPart<TPart> => TPart.From(Part(TPart.PartName));

    public string? Title => Part(BuiltInParts.Title)?[nameof(Title)]?.GetValue<string>();

    public string? RoutePath => Part(BuiltInParts.Autoroute)?["Path"]?.GetValue<string>();

}
