using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Fields;

namespace GiaVien.Cms.Content.Parts;

/// <summary>The body of a static page.</summary>
public sealed record PagePart : IContentPart<PagePart>
{
    public static string PartName => "PagePart";

    public string? Body { get; init; }

    public static PagePart From(JsonObject? json) => new() { Body = HtmlField.Read(json, "Body") };
}
