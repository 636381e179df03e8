using GiaVien.Cms.Content.Definitions;
using GiaVien.Cms.Content.Fields;
using Microsoft.AspNetCore.Http;

namespace GiaVien.Cms.Content.Admin.Pages.Admin.Types;

/// <summary>
/// The search settings of a field as the types page shows and posts them: one checkbox each, named
/// <c>{Field}.{Setting}</c>. Full text left at its kind's default is stored as "default", so a kind's default can change.
/// </summary>
public static class FieldSearchSettings
{
    /// <summary>The settings in the order of the table's columns: form name, column heading.</summary>
    public static readonly IReadOnlyList<(string Name, string Heading)> Columns =
    [
        (nameof(ContentFieldDefinition.FullText), "Tìm theo nội dung"),
        (nameof(ContentFieldDefinition.Keyword), "Từ khóa chính xác"),
        (nameof(ContentFieldDefinition.Code), "Số ký hiệu"),
        (nameof(ContentFieldDefinition.Filterable), "Lọc được"),
        (nameof(ContentFieldDefinition.Sortable), "Sắp xếp được"),
        (nameof(ContentFieldDefinition.Facet), "Đếm theo giá trị"),
    ];

    public static bool IsOn(ContentFieldDefinition field, ContentFieldKind? kind, string setting) => setting switch
    {
        nameof(ContentFieldDefinition.FullText) => field.FullText ?? kind?.FullTextByDefault ?? false,
        nameof(ContentFieldDefinition.Keyword) => field.Keyword,
        nameof(ContentFieldDefinition.Code) => field.Code,
        nameof(ContentFieldDefinition.Filterable) => field.Filterable,
        nameof(ContentFieldDefinition.Sortable) => field.Sortable,
        nameof(ContentFieldDefinition.Facet) => field.Facet,
        _ => false,
    };

    /// <summary>Whether the index must be rebuilt for <paramref name="after"/>'s settings.</summary>
    public static bool Differ(ContentFieldDefinition before, ContentFieldDefinition after) =>
        before.FullText != after.FullText || before.Keyword != after.Keyword || before.Code != after.Code
        || before.Filterable != after.Filterable || before.Sortable != after.Sortable || before.Facet != after.Facet;

    /// <summary>The field with the settings posted in <paramref name="form"/>.</summary>
    public static ContentFieldDefinition FromForm(ContentFieldDefinition field, ContentFieldKind? kind, IFormCollection form)
    {
        bool Posted(string setting) => form[$"{field.Name}.{setting}"] == "true";
        var fullText = Posted(nameof(ContentFieldDefinition.FullText));
        return field with
        {
            FullText = fullText == (kind?.FullTextByDefault ?? false) ? null : fullText,
            Keyword = Posted(nameof(ContentFieldDefinition.Keyword)),
            Code = Posted(nameof(ContentFieldDefinition.Code)),
            Filterable = Posted(nameof(ContentFieldDefinition.Filterable)),
            Sortable = Posted(nameof(ContentFieldDefinition.Sortable)),
            Facet = Posted(nameof(ContentFieldDefinition.Facet)),
        };
    }
}
