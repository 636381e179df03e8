using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;

namespace GiaVien.Cms.Web.Admin;

/// <summary>One field of the content editor as the form shows it: its definition, what was typed and its error.</summary>
public sealed class EditorField
{
    public required string Part { get; init; }
    public required ContentFieldDefinition Definition { get; init; }
    public required ContentFieldKind Kind { get; init; }

    /// <summary>The value as text, exactly as typed (kept when the save fails).</summary>
    public string Value { get; set; } = "";

    /// <summary>Chosen ids for taxonomy fields.</summary>
    public IReadOnlyList<string> Values { get; set; } = [];

    /// <summary>For taxonomy fields: (term id, term title) to choose from.</summary>
    public IReadOnlyList<(string Id, string Title)> Choices { get; set; } = [];

    public string? Error { get; set; }

    public string FormName => $"f:{Part}:{Definition.Name}";

    public string Id => $"f-{Part}-{Definition.Name}";

    public string Label => Definition.DisplayName ?? Definition.Name;
}
