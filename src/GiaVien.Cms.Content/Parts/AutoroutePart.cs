using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;

namespace GiaVien.Cms.Content.Parts;

/// <summary>The item's public path ("tin-tuc/…"), read through <see cref="Items.StoredParts"/> once per stored version.</summary>
public sealed record AutoroutePart : IContentPart<AutoroutePart>
{
    public static string PartName => BuiltInParts.Autoroute;

    public string? Path { get; init; }

    public static AutoroutePart From(JsonObject? json) => new() { Path = json?[nameof(Path)]?.GetValue<string>() };
}
