using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Fields;

namespace GiaVien.Cms.Content.Parts;

/// <summary>
/// The language of an item and, for a translation, the Vietnamese original it translates (defined as data in
/// <c>recipes/gioi-thieu.recipe.json</c>). An item without the part, or with no culture chosen, is Vietnamese.
/// </summary>
public sealed record LocalizationPart : IContentPart<LocalizationPart>
{
    public const string Vietnamese = "vi";
    public const string English = "en";

    public static string PartName => "LocalizationPart";

    public string Culture { get; init; } = Vietnamese;

    /// <summary>The id of the item this one translates; null for an original.</summary>
    public string? OriginalId { get; init; }

    public bool IsTranslation => Culture != Vietnamese && OriginalId is not null;

    /// <summary>The original's id for a translation, else null: what the item's row keeps in its <c>TranslationOf</c> column.</summary>
    public string? TranslationOf => IsTranslation ? OriginalId : null;

    /// <summary>
    /// The first segment of the item's public path: English items answer under <c>/en/…</c>, so every page of a
    /// language shares one prefix and the layout knows its language from the address alone.
    /// </summary>
    public string? PathPrefix => Culture == Vietnamese ? null : Culture;

    public static LocalizationPart From(JsonObject? json) => new()
    {
        Culture = FieldJson.Text(json?[nameof(Culture)]?["Text"]) is { Length: > 0 } culture ? culture : Vietnamese,
        OriginalId = FieldJson.Texts(json?["Original"]?["ContentItemIds"]) is [var original, ..] ? original : null,
    };

    public static JsonObject Create(string culture, string originalId) => new()
    {
        [nameof(Culture)] = new JsonObject { ["Text"] = culture },
        ["Original"] = new JsonObject { ["ContentItemIds"] = FieldJson.Array([originalId]) },
    };
}
