using System.Text.Json.Nodes;

namespace GiaVien.Cms.Content.Parts;

/// <summary>
/// A part read through a typed class (<c>item.As&lt;NewsPart&gt;()</c>): the class is the only code that knows its
/// JSON, so every reader applies the same rules.
/// </summary>
public interface IContentPart<out TSelf>
    where TSelf : IContentPart<TSelf>
{
    /// <summary>The key of the part in an item's JSON ("PagePart").</summary>
    static abstract string PartName { get; }

    /// <summary>The part read from its JSON object, or its empty value when the item does not have it.</summary>
    static abstract TSelf From(JsonObject? json);
}
