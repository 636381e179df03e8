using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;

namespace GiaVien.Cms.Content.Items;

/// <summary>
/// A content item as modules see it: identity and status, plus its parts as JSON, keyed by part name
/// (<c>{"TitlePart":{"Title":"…"},"DistrictNewsPart":{"Lead":{"Text":"…"}}}</c>), as in Orchard Core.
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
    public JsonObject Content { get; set; } = [];

    public JsonObject? Part(string name) => Content[name] as JsonObject;

    public string? Title => Part(BuiltInParts.Title)?[nameof(Title)]?.GetValue<string>();

    public string? RoutePath => Part(BuiltInParts.Autoroute)?["Path"]?.GetValue<string>();

    /// <summary>The value of a field stored under a fixed key ("Text", "Html", "Value"…), or null.</summary>
    public JsonNode? Field(string part, string field, string key) => Part(part)?[field]?[key];
}
