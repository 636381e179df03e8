using System.Text.Json.Nodes;
using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using GiaVien.Cms.Content.Items;
using GiaVien.Cms.Content.Parts;
using GiaVien.Cms.Content.Text;

namespace GiaVien.Cms.Web.Site.Types;

/// <summary>Turns an item of any type into what its view sees, each field through its kind.</summary>
public static class ContentDisplay
{
    /// <param name="linked">The published items the item's pickers link to, by id (<see cref="LinkedItems"/>); lists pass none.</param>
    public static ContentItemViewModel Item(ContentItem item, ContentTypeDefinition type, ContentDefinitions definitions, string basePath,
        IReadOnlyDictionary<string, LinkedItem>? linked = null)
    {
        var context = new FieldDisplayContext(basePath) { Linked = linked ?? new Dictionary<string, LinkedItem>() };
        var list = definitions.FieldsOf(type)
            .Select(f => new ContentFieldViewModel(f.Field.Name, f.Field.DisplayName ?? f.Field.Name, f.Kind.Name,
                item.Part(f.Part)?[f.Field.Name] is JsonObject value ? f.Kind.ToLiquid(value, context) : null))
            .ToList();
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in list)
        {
            fields[field.Name] = field.Value;
        }

        var date = DisplayDates.Of(item);
        var dateLine = item.As<LocalizationPart>().Culture == LocalizationPart.English ? EnglishDates.DateLine(date) : VietnameseDates.DateLine(date);
        return new ContentItemViewModel(item.DisplayText, $"{basePath}/{item.RoutePath}", dateLine, NewsPresenter.Iso(date), fields, list);
    }

    /// <summary>Whether <paramref name="item"/> has every filter's value (filters are field name → value, compared ordinally ignoring case).</summary>
    public static bool Matches(ContentItem item, ContentTypeDefinition type, ContentDefinitions definitions, IReadOnlyDictionary<string, string> filters) =>
        filters.All(filter => definitions.FieldsOf(type).Any(f => f.Field.Name == filter.Key
            && item.Part(f.Part)?[f.Field.Name] is JsonObject value
            && string.Equals(f.Kind.FilterValue(value), filter.Value, StringComparison.OrdinalIgnoreCase)));
}
