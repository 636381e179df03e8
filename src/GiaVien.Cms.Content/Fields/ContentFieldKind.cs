using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Items;

namespace GiaVien.Cms.Content.Fields;

/// <summary>
/// A kind of field ("Text", "Media"…) with its behaviour: how its value is stored (one JSON object per field,
/// whose main value is under <see cref="ValueKey"/>), checked, typed in the editor and cleaned up. Kinds are
/// registered in DI (<see cref="FieldServiceCollectionExtensions.AddContentFieldKind{TKind}"/>) and looked up by
/// <see cref="Name"/>, the name definitions store; no code switches on a kind's name.
/// </summary>
public abstract class ContentFieldKind
{
    /// <summary>The name stored in field definitions and recipes ("Text").</summary>
    public abstract string Name { get; }

    /// <summary>What the admin calls it, in Vietnamese.</summary>
    public abstract string DisplayName { get; }

    /// <summary>The key of the field's object that holds its main value ("Text", "Paths"…).</summary>
    public abstract string ValueKey { get; }

    /// <summary>The input the editor shows for this kind.</summary>
    public virtual EditorInput Editor => EditorInput.Text;

    /// <summary>Null when the main value (never null here) has this kind's shape, else the reason ("phải là một số").</summary>
    protected abstract string? ShapeError(JsonNode value);

    public virtual bool IsEmpty(JsonNode? value) => FieldJson.IsEmpty(value);

    /// <summary>Errors of one field's value (its whole object, or null when absent), each a full Vietnamese sentence.</summary>
    public IEnumerable<string> Validate(ContentFieldDefinition field, JsonNode? fieldValue, IContentReferences references)
    {
        var label = field.DisplayName ?? field.Name;
        var value = fieldValue?[ValueKey];
        if (ShapeProblem(field, value) is { } shapeProblem)
        {
            return [shapeProblem];
        }

        if (field.Required && IsEmpty(value))
        {
            return [$"Trường \"{label}\" là bắt buộc."];
        }

        return fieldValue is JsonObject obj && value is not null ? ValidateValue(field, label, obj, references) : [];
    }

    /// <summary>
    /// The sentence naming the field when <paramref name="value"/> (the main value, as under <see cref="ValueKey"/>) is
    /// not of this kind's shape, else null (also for an absent value): a number where a date is due, text for a list.
    /// </summary>
    public string? ShapeProblem(ContentFieldDefinition field, JsonNode? value) =>
        value is not null && ShapeError(value) is { } shapeError ? $"Trường \"{field.DisplayName ?? field.Name}\" {shapeError}." : null;

    /// <summary>Checks beyond the shape (length, references…), called only when the main value is present and well shaped.</summary>
    protected virtual IEnumerable<string> ValidateValue(ContentFieldDefinition field, string label, JsonObject fieldValue, IContentReferences references) => [];

    /// <summary>Cleans a valid value before it is stored (HTML is sanitised); errors throw <see cref="ContentValidationException"/>.</summary>
    public virtual void Prepare(JsonObject fieldValue)
    {
    }

    /// <summary>Removes references to items or terms that do not exist (an item moved to another tenant keeps what it can).</summary>
    public virtual void DropMissingReferences(ContentFieldDefinition field, JsonObject fieldValue, IContentReferences references)
    {
    }

    /// <summary>Taxonomy terms the value refers to, stored beside the item so lists can filter by category.</summary>
    public virtual IEnumerable<string> TermIds(JsonObject fieldValue) => [];

    /// <summary>What a Liquid view sees of the value (<c>{{ fields.Name }}</c>): text kinds give their text.</summary>
    public virtual object? ToLiquid(JsonObject fieldValue, FieldDisplayContext context) => FieldJson.Text(fieldValue[ValueKey]);

    /// <summary>
    /// The value as a list filter compares it with the query string (<c>?Field=value</c>), or null when this kind
    /// cannot be filtered on.
    /// </summary>
    public virtual string? FilterValue(JsonObject fieldValue) => null;

    /// <summary>
    /// The value as lists and search order it (compared ordinally, the smallest first), or null when it has none:
    /// the filter value, case aside. Kinds whose filter value does not order well as text (numbers) give their own.
    /// </summary>
    public virtual string? SortKey(JsonObject fieldValue) => FilterValue(fieldValue)?.Trim().ToLowerInvariant();

    /// <summary>Whether search matches this kind's words when the field's definition does not say (text kinds do).</summary>
    public virtual bool FullTextByDefault => false;

    /// <summary>The words search matches for the value (HTML for <see cref="EditorInput.Html"/> kinds), or null when it has none.</summary>
    public virtual string? SearchText(JsonObject fieldValue) => FilterValue(fieldValue);

    /// <summary>
    /// A script of the theme (a file of its <c>wwwroot</c>, such as <c>gallery.js</c>) that the public page of an item
    /// with this kind of field loads, with the page's nonce; null when the kind's display needs none.
    /// </summary>
    public virtual string? DisplayScript => null;

    /// <summary>The value as the editor's input shows it.</summary>
    public virtual string ToEditorText(JsonObject fieldValue) => FieldJson.Text(fieldValue[ValueKey]) ?? "";

    /// <summary>The values a multi-valued input shows as chosen (checkboxes).</summary>
    public virtual IReadOnlyList<string> ToEditorValues(JsonObject fieldValue) => [];

    /// <summary>
    /// For kinds typed as text that must be read (a number, a date): an empty input clears the value; text that
    /// <paramref name="parse"/> cannot read gives null and <paramref name="unreadable"/> as the error.
    /// </summary>
    protected JsonObject? FromTypedText(EditorPost posted, Func<string, JsonNode?> parse, string unreadable, out string? error)
    {
        error = null;
        var text = posted.Text.Trim();
        if (text.Length == 0)
        {
            return new JsonObject { [ValueKey] = null };
        }

        if (parse(text) is not { } value)
        {
            error = unreadable;
            return null;
        }

        return new JsonObject { [ValueKey] = value };
    }

    /// <summary>The field's object from what the editor posted; null with <paramref name="error"/> when the text cannot be read.</summary>
    public virtual JsonObject? FromEditor(ContentFieldDefinition field, EditorPost posted, out string? error)
    {
        error = null;
        return new JsonObject { [ValueKey] = posted.Text };
    }
}
